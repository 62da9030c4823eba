/**
 * A small, tolerant HTML tokenizer and tree builder: enough structure for text extraction and the
 * allowlist sanitizer without a DOM in the main process. It follows the browser rules that matter
 * for safety (raw-text elements, comments, attribute quoting) and a few implied end tags for
 * readable text; it is not a full HTML5 parser.
 */
import { decodeEntities } from './entities';

export interface HtmlElement {
  type: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

export interface HtmlText {
  type: 'text';
  /** Decoded text. */
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'frame',
]);
/** Content is not markup; it runs to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title', 'plaintext']);
/** Raw text whose entities are decoded (RCDATA). */
const ESCAPABLE_RAW = new Set(['textarea', 'title']);
/** Starting one of these closes an open <p>. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'figure',
  'details',
]);

export function createElement(tag: string, attrs: Record<string, string> = {}, parent: HtmlElement | null = null): HtmlElement {
  return { type: 'element', tag, attrs, children: [], parent };
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

interface Tag {
  name: string;
  attrs: Record<string, string>;
  selfClosing: boolean;
  end: number;
}

/** Reads a start tag whose name begins at `start` (just after '<'). */
function readStartTag(html: string, start: number): Tag {
  let index = start;
  while (index < html.length && !/[\s/>]/.test(html[index]!)) index++;
  const name = html.slice(start, index).toLowerCase();
  const attrs: Record<string, string> = {};
  let selfClosing = false;
  while (index < html.length) {
    const char = html[index]!;
    if (char === '>') return { name, attrs, selfClosing, end: index + 1 };
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    if (char === '/') {
      selfClosing = html[index + 1] === '>';
      index++;
      continue;
    }
    ATTRIBUTE.lastIndex = index;
    const match = ATTRIBUTE.exec(html);
    if (!match || match[0].length === 0) {
      index++;
      continue;
    }
    const attrName = match[1]!.toLowerCase();
    if (!(attrName in attrs)) attrs[attrName] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
    index = ATTRIBUTE.lastIndex;
    selfClosing = false;
  }
  return { name, attrs, selfClosing, end: html.length };
}

/** Parses HTML into a tree rooted at a synthetic `#root` element. Never throws. */
export function parseHtml(html: string): HtmlElement {
  const root = createElement('#root');
  let current = root;
  let index = 0;
  let textStart = 0;

  const flushText = (end: number): void => {
    if (end > textStart) appendText(current, decodeEntities(html.slice(textStart, end)));
  };
  const isOpen = (tag: string): boolean => {
    for (let node: HtmlElement | null = current; node && node !== root; node = node.parent) if (node.tag === tag) return true;
    return false;
  };
  const closeTo = (tag: string): void => {
    for (let node: HtmlElement | null = current; node && node !== root; node = node.parent) {
      if (node.tag === tag) {
        current = node.parent ?? root;
        return;
      }
    }
  };

  while (index < html.length) {
    const lt = html.indexOf('<', index);
    if (lt === -1) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const end = html.indexOf('-->', lt + 4);
      index = textStart = end === -1 ? html.length : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      flushText(lt);
      const end = html.indexOf('>', lt);
      index = textStart = end === -1 ? html.length : end + 1;
      continue;
    }
    if (next === '/' && /[A-Za-z]/.test(html[lt + 2] ?? '')) {
      flushText(lt);
      const end = html.indexOf('>', lt);
      const name = html
        .slice(lt + 2, end === -1 ? html.length : end)
        .trim()
        .split(/[\s/]/)[0]!
        .toLowerCase();
      closeTo(name);
      index = textStart = end === -1 ? html.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(next)) {
      index = lt + 1;
      continue;
    }
    flushText(lt);
    const tag = readStartTag(html, lt + 1);
    if ((CLOSES_P.has(tag.name) && isOpen('p') && current.tag === 'p') || (tag.name === 'li' && current.tag === 'li')) {
      current = current.parent ?? root;
    }
    const element = createElement(tag.name, tag.attrs, current);
    current.children.push(element);
    index = textStart = tag.end;
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      const closing = new RegExp(`</${tag.name}[\\s/>]`, 'ig');
      closing.lastIndex = tag.end;
      const found = tag.name === 'plaintext' ? null : closing.exec(html);
      const contentEnd = found ? found.index : html.length;
      const raw = html.slice(tag.end, contentEnd);
      if (raw) element.children.push({ type: 'text', text: ESCAPABLE_RAW.has(tag.name) ? decodeEntities(raw) : raw });
      const after = found ? html.indexOf('>', found.index) : -1;
      index = textStart = after === -1 ? html.length : after + 1;
      continue;
    }
    if (!VOID.has(tag.name) && !tag.selfClosing) current = element;
  }
  flushText(html.length);
  return root;
}

function appendText(parent: HtmlElement, text: string): void {
  if (!text) return;
  const last = parent.children[parent.children.length - 1];
  if (last?.type === 'text') last.text += text;
  else parent.children.push({ type: 'text', text });
}

/** Depth-first walk; return false from `visit` to skip an element's children. */
export function walk(node: HtmlElement, visit: (element: HtmlElement) => boolean | void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (visit(child) === false) continue;
    walk(child, visit);
  }
}

export function findAll(node: HtmlElement, predicate: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  walk(node, (element) => {
    if (predicate(element)) found.push(element);
  });
  return found;
}

export function findFirst(node: HtmlElement, predicate: (element: HtmlElement) => boolean): HtmlElement | null {
  return findAll(node, predicate)[0] ?? null;
}

/** Raw concatenated text of a subtree (script/style content included only when asked). */
export function rawText(node: HtmlNode): string {
  if (node.type === 'text') return node.text;
  return node.children.map(rawText).join('');
}
