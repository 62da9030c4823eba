/**
 * The one HTML-to-text conversion for postings, used by the intake (page text, ATS and aggregator
 * HTML) and by the job parser (pasted or file HTML, JSON-LD descriptions). It works on the
 * tolerant tree of `./tree` (no DOM in the main process): block elements and <br> become line
 * breaks, <li> becomes a "• " line kept under the line that introduces the list, table cells are
 * spaced, <script>/<style>/<head> and other invisible elements are dropped with their content, and
 * entities are decoded once. Entity-escaped markup ("&lt;p&gt;…", as some ATS APIs return it) is
 * unescaped before parsing.
 */
import { decodeEntities } from './entities';
import { parseHtml, type HtmlElement, type HtmlNode } from './tree';

export const BULLET = '• ';

/** Elements whose content is never visible text. */
export const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'head',
  'title',
  'textarea',
  'select',
  'button',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'canvas',
  'audio',
  'video',
]);

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'form',
  'fieldset',
  'hr',
  'details',
  'summary',
]);

/** Visible text of a subtree; `skip` prunes elements (navigation, forms...) with their content. */
export function nodeText(node: HtmlNode, skip?: (element: HtmlElement) => boolean): string {
  const parts: string[] = [];
  collect(node, parts, false, skip);
  return tidy(parts.join(''));
}

function collect(node: HtmlNode, out: string[], pre: boolean, skip?: (element: HtmlElement) => boolean): void {
  if (node.type === 'text') {
    out.push(pre ? node.text : node.text.replace(/[ \t\r\n\f]+/g, ' '));
    return;
  }
  if (INVISIBLE.has(node.tag) || skip?.(node)) return;
  if (node.tag === 'br') {
    out.push('\n');
    return;
  }
  const block = BLOCK.has(node.tag);
  if (block) out.push('\n');
  if (node.tag === 'li') out.push(BULLET);
  if (node.tag === 'td' || node.tag === 'th') out.push(' ');
  const inPre = pre || node.tag === 'pre';
  for (const child of node.children) collect(child, out, inPre, skip);
  if (block) out.push('\n');
}

/**
 * Collapses spaces per line, trims lines, drops empty bullets, keeps at most one blank line and
 * keeps a list attached to the line that introduces it.
 */
export function tidy(text: string): string {
  const kept: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/[ \t\u00a0\u2002\u2003\u2009]+/g, ' ').trim();
    if (line === BULLET.trim()) continue;
    const previous = kept[kept.length - 1];
    if (line === '' && (previous === undefined || previous === '')) continue;
    if (line.startsWith(BULLET) && previous === '') kept.pop();
    kept.push(line);
  }
  while (kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

/** True when the text looks like markup rather than prose that mentions a `<`. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|li|ul|ol|h[1-6]|span|strong|b|em|section|article|table)\b[^>]*>/i.test(text);
}

/** Plain text of an HTML fragment or page. */
export function htmlToText(html: string): string {
  // Entity-escaped markup (Greenhouse `content`): unescape once, then parse as markup.
  const source = !looksLikeHtml(html) && /&lt;\/?[a-z]/i.test(html) ? decodeEntities(html) : html;
  return nodeText(parseHtml(source));
}

/** Single-line text (labels, titles). */
export function inlineText(node: HtmlElement): string {
  return nodeText(node).replace(/\s+/g, ' ').trim();
}
