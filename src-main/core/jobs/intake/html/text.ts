/** Readable plain text from an HTML tree: block elements become line breaks, list items get bullets. */
import { parseHtml, type HtmlElement, type HtmlNode } from './tree';

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
  if (node.tag === 'li') out.push('- ');
  if (node.tag === 'td' || node.tag === 'th') out.push(' ');
  const inPre = pre || node.tag === 'pre';
  for (const child of node.children) collect(child, out, inPre, skip);
  if (block) out.push('\n');
}

/** Collapses spaces per line, trims lines and keeps at most one blank line. */
export function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^- *$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text of an HTML fragment. */
export function htmlToText(html: string): string {
  return nodeText(parseHtml(html));
}

/** Single-line text (labels, titles). */
export function inlineText(node: HtmlElement): string {
  return nodeText(node).replace(/\s+/g, ' ').trim();
}
