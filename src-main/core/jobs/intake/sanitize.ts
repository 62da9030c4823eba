/**
 * Allowlist sanitizer for posting HTML in the main process (SECURITY.md E-14). Posting HTML is
 * untrusted: only a small set of formatting tags survives, links keep an http(s)/mailto href and get
 * rel="noopener noreferrer", everything else is dropped (with its content for script-like elements,
 * unwrapped to its text otherwise). The renderer runs DOMPurify on top; this is the first layer.
 */
import { escapeAttribute, escapeText } from './html/entities';
import { parseHtml, type HtmlElement, type HtmlNode } from './html/tree';

const ALLOWED = new Set([
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'blockquote',
  'code',
  'pre',
]);
const VOID_ALLOWED = new Set(['br']);
/** Removed with everything inside them. */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'noscript',
  'svg',
  'math',
  'textarea',
  'select',
  'option',
  'title',
  'head',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'button',
  'input',
  'form',
  'link',
  'meta',
  'base',
  'audio',
  'video',
  'canvas',
]);
/** Unknown block containers become paragraphs boundaries so text does not run together. */
const BLOCKISH = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'table',
  'tr',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'address',
  'aside',
  'nav',
  'details',
  'summary',
]);

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Returns a normalised URL when it is absolute http(s)/mailto, else null. */
export function safeHref(value: string): string | null {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  if (!compact) return null;
  let url: URL;
  try {
    url = new URL(compact);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return url.href;
}

export function sanitizeHtml(html: string): string {
  return sanitizeTree(parseHtml(html));
}

/** Sanitized HTML of an already parsed subtree's children; `skip` drops extra elements with their content. */
export function sanitizeTree(root: HtmlElement, skip?: (element: HtmlElement) => boolean): string {
  const out: string[] = [];
  for (const child of root.children) serialize(child, out, skip);
  return out
    .join('')
    .replace(/(?:<p>\s*<\/p>\s*)+/g, '')
    .trim();
}

function serialize(node: HtmlNode, out: string[], skip?: (element: HtmlElement) => boolean): void {
  if (node.type === 'text') {
    out.push(escapeText(node.text));
    return;
  }
  if (DROP_WITH_CONTENT.has(node.tag) || skip?.(node)) return;
  if (!ALLOWED.has(node.tag)) {
    const blockish = BLOCKISH.has(node.tag);
    if (blockish) out.push(' ');
    for (const child of node.children) serialize(child, out, skip);
    if (blockish) out.push(' ');
    return;
  }
  if (VOID_ALLOWED.has(node.tag)) {
    out.push(openTag(node));
    return;
  }
  const inner: string[] = [];
  for (const child of node.children) serialize(child, inner, skip);
  // A link around nothing (a logo we dropped) is noise.
  if (node.tag === 'a' && !inner.join('').trim()) return;
  out.push(openTag(node), ...inner, `</${node.tag}>`);
}

function openTag(element: HtmlElement): string {
  if (element.tag !== 'a') return `<${element.tag}>`;
  const href = element.attrs.href === undefined ? null : safeHref(element.attrs.href);
  if (!href) return '<a>';
  return `<a href="${escapeAttribute(href)}" rel="noopener noreferrer">`;
}
