/**
 * Posting HTML (ATS APIs, JSON-LD `description`) to plain text without a DOM: a small tolerant
 * tokenizer, because main-process core code may not pull in jsdom and API HTML is often broken
 * (unclosed `<li>`, entity-escaped markup). Block elements become line breaks, `<li>` becomes a
 * "• " line, `<script>`/`<style>`/comments are dropped and entities are decoded.
 */

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'ul', 'br', 'li', 'title',
]);
const DROPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
const CELL_TAGS = new Set(['td', 'th']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', euro: '€', pound: '£', yen: '¥',
  cent: '¢', copy: '©', reg: '®', trade: '™', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', aacute: 'á',
  acirc: 'â', iacute: 'í', oacute: 'ó', ocirc: 'ô', uacute: 'ú', ucirc: 'û', ccedil: 'ç', ntilde: 'ñ',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', Eacute: 'É', shy: '',
  zwj: '', zwnj: '', thinsp: ' ', ensp: ' ', emsp: ' ', times: '×', laquo: '«', raquo: '»', deg: '°',
};

/** Decodes named (common set), decimal and hex character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
    return named ?? whole;
  });
}

interface TagToken {
  name: string;
  closing: boolean;
  end: number;
}

/** Reads the tag starting at `start` (which is a `<`), or null when it is a stray `<`. */
function readTag(html: string, start: number): TagToken | null {
  const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b/.exec(html.slice(start, start + 64));
  if (!match) return null;
  let index = start + match[0].length;
  let quote = '';
  for (; index < html.length; index += 1) {
    const char = html.charAt(index);
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') break;
  }
  return { name: (match[2] ?? '').toLowerCase(), closing: match[1] === '/', end: Math.min(index + 1, html.length) };
}

function skipDropped(html: string, name: string, from: number): number {
  const close = html.toLowerCase().indexOf(`</${name}`, from);
  if (close < 0) return html.length;
  const end = html.indexOf('>', close);
  return end < 0 ? html.length : end + 1;
}

function tagText(tag: TagToken): string {
  if (tag.name === 'li' && !tag.closing) return '\n• ';
  if (BLOCK_TAGS.has(tag.name)) return '\n';
  if (CELL_TAGS.has(tag.name) && tag.closing) return ' \t ';
  return '';
}

function tokenizeHtml(html: string): string {
  const parts: string[] = [];
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open < 0) {
      parts.push(html.slice(index));
      break;
    }
    parts.push(html.slice(index, open));
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      index = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html.startsWith('<!', open) || html.startsWith('<?', open)) {
      const close = html.indexOf('>', open);
      index = close < 0 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, open);
    if (!tag) {
      parts.push('<');
      index = open + 1;
      continue;
    }
    index = !tag.closing && DROPPED_TAGS.has(tag.name) ? skipDropped(html, tag.name, tag.end) : tag.end;
    parts.push(tagText(tag));
  }
  return parts.join('');
}

function tidyLines(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '•') continue;
    const previous = kept[kept.length - 1];
    if (line === '' && (previous === undefined || previous === '')) continue;
    // A list stays attached to the line that introduces it.
    if (line.startsWith('• ') && previous === '') kept.pop();
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

/** True when the text looks like markup rather than prose that mentions a `<`. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|li|ul|ol|h[1-6]|span|strong|b|em|section|table)\b[^>]*>/i.test(text);
}

export function htmlToText(html: string): string {
  let source = html;
  // Some APIs (Greenhouse `content`) return entity-escaped markup: decode once before tokenizing.
  if (!looksLikeHtml(source) && /&lt;\/?[a-z]/i.test(source)) source = decodeEntities(source);
  // Entities are decoded after tokenizing so an escaped "&lt;b&gt;" in the text stays literal text.
  return tidyLines(decodeEntities(tokenizeHtml(source)));
}
