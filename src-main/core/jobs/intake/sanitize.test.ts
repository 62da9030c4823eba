import { describe, expect, it } from 'vitest';
import { safeHref, sanitizeHtml } from './sanitize';

// A selection from the OWASP XSS filter evasion cheat sheet and DOMPurify's own test payloads.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//xss.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><script>alert(2)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<p onclick="alert(1)" style="background:url(javascript:alert(1))">x</p>',
  '<body onload=alert(1)>',
  '<style>@import "javascript:alert(1)";</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<textarea><script>alert(1)</script></textarea>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<details open ontoggle=alert(1)>',
  '<a href="#" onmouseover="alert(1)">x</a>',
  '"><script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</script>',
  '<!--<script>alert(1)</script>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<xmp><script>alert(1)</script></xmp>',
  '<plaintext><script>alert(1)</script>',
  '<img src="x" alt="a" onerror="alert(1)"/><b onmouseover=alert(1)>bold</b>',
  '<a href="https://ok.example" onclick="alert(1)" target="_self" style="x">ok</a>',
];

describe('sanitizeHtml', () => {
  it.each(PAYLOADS)('neutralises %s', (payload) => {
    const clean = sanitizeHtml(payload);
    expect(clean).not.toMatch(
      /<(script|img|svg|iframe|object|embed|style|form|meta|base|math|textarea|details|body|button|xmp|plaintext)\b/i,
    );
    expect(clean).not.toMatch(/\son\w+\s*=/i);
    expect(clean).not.toMatch(/href="(?!https?:|mailto:)/i);
    expect(clean).not.toMatch(/style=|target=/i);
    // Any surviving tag is from the allowlist.
    for (const [, tag] of clean.matchAll(/<\/?([a-z0-9]+)/gi))
      expect([
        'p',
        'br',
        'ul',
        'ol',
        'li',
        'strong',
        'b',
        'em',
        'i',
        'a',
        'h1',
        'h2',
        'h3',
        'h4',
        'h5',
        'h6',
        'blockquote',
        'code',
        'pre',
      ]).toContain(tag!.toLowerCase());
  });

  it('keeps the allowed formatting and safe links', () => {
    const html =
      '<div class="x"><h2>Role</h2><p>We <em>love</em> <b>tests</b>.<br>Really.</p><ul><li><a href="https://acme.example/jobs?a=1&amp;b=2">Apply</a></li><li><a href="mailto:jobs@acme.example">Mail</a></li></ul><pre><code>x &lt; y</code></pre></div>';
    expect(sanitizeHtml(html)).toBe(
      ' <h2>Role</h2><p>We <em>love</em> <b>tests</b>.<br>Really.</p><ul><li><a href="https://acme.example/jobs?a=1&amp;b=2" rel="noopener noreferrer">Apply</a></li><li><a href="mailto:jobs@acme.example" rel="noopener noreferrer">Mail</a></li></ul><pre><code>x &lt; y</code></pre>'.trim(),
    );
  });

  it('escapes text so decoded entities cannot become markup', () => {
    expect(sanitizeHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</p>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"</p>',
    );
    expect(sanitizeHtml('<a href="https://x.example/&quot;onmouseover=&quot;alert(1)">x</a>')).toBe(
      '<a href="https://x.example/%22onmouseover=%22alert(1)" rel="noopener noreferrer">x</a>',
    );
  });

  it('unwraps unknown tags but keeps their text', () => {
    expect(sanitizeHtml('<span class="a"><font color=red>Hello</font></span> <table><tr><td>cell</td></tr></table>')).toBe('Hello   cell');
  });

  it('accepts only absolute http(s) and mailto links', () => {
    expect(safeHref('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('//proto-relative.example')).toBeNull();
    expect(safeHref('java\u0000script:alert(1)')).toBeNull();
    expect(safeHref('http://')).toBeNull();
  });
});
