import { describe, expect, it } from 'vitest';
import { parseHtml } from './tree';
import { htmlToText, inlineText, looksLikeHtml, nodeText } from './text';

// The single HTML-to-text converter used by the intake and the job parser.
describe('htmlToText', () => {
  it('turns blocks into lines, list items into bullets and decodes entities', () => {
    const text = htmlToText('<div><p>Fish &amp; Chips&nbsp;&#8212; &#x263A;</p><ul><li>One</li><li>Two<br>lines</li></ul><style>p{}</style><!-- hidden --></div>');
    expect(text).toBe('Fish & Chips — ☺\n• One\n• Two\nlines');
  });

  it('tolerates broken markup and entity-escaped HTML', () => {
    expect(htmlToText('<p>a < b and <b>bold</p><li>unclosed')).toBe('a < b and bold\n• unclosed');
    expect(htmlToText('&lt;p&gt;Hello&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Item&lt;/li&gt;&lt;/ul&gt;')).toBe('Hello\n• Item');
  });

  it('keeps headings and paragraphs apart, with one blank line at most', () => {
    const text = htmlToText('<h2>About us</h2>\n\n\n<p>We build boats.</p><p>We sail them.</p><h3>Requirements</h3><ul>\n<li>Rigging</li>\n<li></li></ul>');
    expect(text).toBe('About us\n\nWe build boats.\n\nWe sail them.\n\nRequirements\n• Rigging');
  });

  it('drops scripts, styles, the document head and form controls with their content', () => {
    const page = '<html><head><title>Ignored title</title><style>.a{}</style></head><body><script>alert(1)</script><noscript>enable js</noscript><p>Visible</p><button>Apply now</button><select><option>Pick</option></select></body></html>';
    expect(htmlToText(page)).toBe('Visible');
  });

  it('keeps the line breaks of preformatted text and spaces table cells', () => {
    expect(htmlToText('<pre>a  b\n  c</pre>')).toBe('a b\nc');
    expect(htmlToText('<table><tr><th>Pay</th><td>$20/hour</td></tr></table>')).toBe('Pay $20/hour');
  });

  it('leaves prose that only mentions a "<" alone when telling HTML apart', () => {
    expect(looksLikeHtml('<p>Hi</p>')).toBe(true);
    expect(looksLikeHtml('Salary < $50k and 3 < 4')).toBe(false);
  });
});

describe('nodeText and inlineText', () => {
  it('prunes skipped elements and flattens a label to one line', () => {
    const root = parseHtml('<div><nav>Menu</nav><p>Body <b>text</b></p><p>line two</p></div>');
    expect(nodeText(root, (element) => element.tag === 'nav')).toBe('Body text\n\nline two');
    expect(inlineText(root.children[0] as never)).toBe('Menu Body text line two');
  });
});
