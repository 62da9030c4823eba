// @vitest-environment jsdom
/**
 * SECURITY.md E-14: untrusted posting HTML goes through one sanitizer. Every payload below must
 * come out with nothing executable: no script-capable elements, no event handlers, no styles, no
 * links other than http(s)/mailto, and nothing that runs when the result is set as innerHTML.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALLOWED_TAGS, safeLinkUrl, sanitizeHtml } from './sanitize';

const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"><circle r="1"/></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<a href="JaVaScRiPt:window.__xss=1">click</a>',
  '<a href=" &#14;  javascript:window.__xss=1">click</a>',
  '<a href="jav&#x09;ascript:window.__xss=1">tab</a>',
  '<a href="jav&#x0A;ascript:window.__xss=1">newline</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1">entities</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">data</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="file:///etc/passwd">file</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>window.__xss=1</script>"></iframe>',
  '<object data="https://evil.example/x.swf"></object><embed src="x.swf">',
  '<form action="https://evil.example"><input name="q"><button formaction="javascript:alert(1)">go</button></form>',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<p style="width: expression(alert(1))">ie</p>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<body onload="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">x</details>',
  '<p onclick="window.__xss=1" onmouseover="window.__xss=1">handlers</p>',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror="window.__xss=1">',
  '<input autofocus onfocus="window.__xss=1">',
  '<marquee onstart="window.__xss=1">m</marquee>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<<script>script>window.__xss=1<</script>/script>',
  '<img """><script>window.__xss=1</script>">',
  '<a href="https://ok.example" onclick="window.__xss=1">ok but handler</a>',
  '<a href="https://ok.example" target="_self">self target</a>',
  '<p id="__proto__" name="cookie" class="btn btn-primary">clobbering and app classes</p>',
  '<template><img src=x onerror=window.__xss=1></template>',
  '<isindex type=image src=1 onerror=window.__xss=1>',
  '<table background="javascript:alert(1)"><tr><td>bg</td></tr></table>',
  '<!--<img src=x onerror=window.__xss=1>-->',
  '<p>ok</p><![CDATA[<img src=x onerror=window.__xss=1>]]>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<a href="https://ok.example/\u2028javascript:alert(1)">unicode</a>',
];

const ALLOWED = new Set<string>(ALLOWED_TAGS.map((t) => t.toUpperCase()));

function parse(html: string): HTMLElement {
  const host = document.createElement('div');
  // The assertion itself: what would happen if the app rendered it.
  host.innerHTML = html;
  return host;
}

function expectInert(html: string) {
  const host = parse(html);
  for (const el of host.querySelectorAll('*')) {
    expect(ALLOWED.has(el.tagName), `tag <${el.tagName.toLowerCase()}> in ${html}`).toBe(true);
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `handler ${attr.name}`).toBe(false);
      // eslint-disable-next-line no-control-regex
      expect(attr.value.replace(/[\u0000-\u0020]/g, '')).not.toMatch(/^(javascript|vbscript|data):/i);
      expect(['style', 'class', 'id', 'name', 'src', 'srcset', 'action', 'formaction', 'background', 'xlink:href']).not.toContain(
        attr.name,
      );
    }
    if (el.tagName === 'A' && el.hasAttribute('href')) {
      expect(el.getAttribute('href')).toMatch(/^(https?:|mailto:)/i);
      expect(el.getAttribute('target')).toBe('_blank');
      expect(el.getAttribute('rel')).toBe('noopener noreferrer');
    }
  }
}

afterEach(() => {
  delete (window as { __xss?: unknown }).__xss;
});

describe('sanitizeHtml', () => {
  it.each(PAYLOADS)('neutralises %s', async (payload) => {
    const clean = sanitizeHtml(payload);
    expectInert(clean);
    // Idempotent: cleaning the clean output changes nothing (no mutation-XSS round trip).
    expect(sanitizeHtml(clean)).toBe(clean);
    // And nothing ran when it was put in the page.
    const host = parse(clean);
    document.body.append(host);
    await new Promise((r) => setTimeout(r, 0));
    host.remove();
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('keeps the formatting of a normal posting', () => {
    const posting =
      '<h2>About the role</h2><p>We are <strong>hiring</strong> a <em>React</em> engineer.</p>' +
      '<ul><li>5+ years of TypeScript</li><li>Care about accessibility</li></ul>' +
      '<p>Apply at <a href="https://jobs.example.com/42">our site</a> or <a href="mailto:jobs@example.com">by email</a>.</p>';
    const clean = sanitizeHtml(posting);
    const host = parse(clean);
    expect(host.querySelector('h2')?.textContent).toBe('About the role');
    expect(host.querySelectorAll('li')).toHaveLength(2);
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://jobs.example.com/42', 'mailto:jobs@example.com']);
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).toBe(true);
  });

  it('keeps the text of links it disarms', () => {
    const host = parse(sanitizeHtml('<a href="javascript:alert(1)">Apply now</a>'));
    expect(host.textContent).toBe('Apply now');
    expect(host.querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('drops the content of scripts and styles, not just the tags', () => {
    const clean = sanitizeHtml('<p>a</p><script>var secret = 1</script><style>.x{}</style><p>b</p>');
    expect(clean).toBe('<p>a</p><p>b</p>');
  });

  it('does not fetch anything while sanitizing (no images, no styles)', () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    sanitizeHtml('<img src="https://tracker.example/pixel.gif"><link rel="stylesheet" href="https://evil.example/x.css">');
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});

describe('safeLinkUrl', () => {
  it('lets only web and mail links through', () => {
    expect(safeLinkUrl(' https://example.com/a ')).toBe('https://example.com/a');
    expect(safeLinkUrl('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('data:text/html,x')).toBeNull();
    expect(safeLinkUrl('/relative')).toBeNull();
    expect(safeLinkUrl(null)).toBeNull();
  });
});
