/**
 * Plain text and Markdown → lines. Markdown headings become headingLevel, `-`/`*`/`+`/`•` items
 * become listItem, `**bold**` lines are marked bold; the markup itself is removed. An indented line
 * under a list item is that item wrapping (joined to it); a short line underlined by a rule
 * (`-----`, `_____`, `═════`) is a heading; runs of 3+ spaces are a layout gap, kept as a tab.
 */
import type { DocumentLine, DocumentPage, ExtractedDocument, ExtractionLimits } from '../../core/documents/types';
import { buildDocument, collapseLetterSpacing, plainLine } from './build-document';
import { failure } from './messages';

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*(?:[-*+•▪◦‣●■□◆♦❖►▶▸➢➤➔→»✓✔☑–—]|\d{1,2}[.)])\s+(.*)$/;
const SETEXT = /^\s*(=+|-+)\s*$/;
const RULE = /^\s*[-=_*~─━═—–]{3,}\s*$/;
const INDENTED = /^(?: {2,}|\t)\S/;

function stripInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => (label === url ? label : `${label} (${url})`))
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\s)[*_]([^*_]+)[*_](?=\s|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

export function decodeText(bytes: Uint8Array): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

interface Draft {
  text: string;
  extra: Partial<DocumentLine>;
  /** Columns before a list item's marker: a wrapped line is indented deeper than that. */
  indent?: number;
}

const indentOf = (source: string) => source.replace(/\t/g, '    ').search(/\S/);

/** One source line → a draft line, or null when it only continues or underlines the previous one. */
function readLine(raw: string[], i: number, markdown: boolean, prev: Draft | undefined): { draft: Draft | null; skip: number } {
  const source = raw[i]!;
  const next = raw[i + 1];
  const extra: Partial<DocumentLine> = {};
  let text = source.trim();
  const heading = markdown ? HEADING.exec(text) : null;
  const bullet = BULLET.exec(source);
  const wraps =
    prev?.extra.listItem && INDENTED.test(source) && indentOf(source) > (prev.indent ?? 0) && !/\S {3,}\S|\t/.test(source.trim());
  if (!heading && !bullet && wraps && !RULE.test(source)) {
    prev.text = `${prev.text} ${markdown ? stripInline(text) : text}`;
    return { draft: null, skip: 0 };
  }
  let skip = 0;
  if (heading) {
    extra.headingLevel = heading[1]!.length;
    text = heading[2]!;
  } else if (next !== undefined && !bullet && text.length <= 60 && (markdown ? SETEXT : RULE).test(next)) {
    extra.headingLevel = next.trim()[0] === '=' ? 1 : 2;
    skip = 1;
  } else if (bullet) {
    extra.listItem = true;
    text = bullet[1]!;
  }
  if (markdown && /^(\*\*|__).+\1$/.test(text)) extra.bold = true;
  if (markdown) text = stripInline(text);
  text = collapseLetterSpacing(text.replace(/\s+$/, '')).replace(/ {3,}/g, '\t');
  if (RULE.test(text) || !text) return { draft: null, skip };
  return { draft: { text, extra, ...(bullet ? { indent: indentOf(source) } : {}) }, skip };
}

export function textToLines(text: string, markdown: boolean): DocumentPage[] {
  const pages: DocumentPage[] = [];
  for (const [index, pageText] of text.replace(/\r\n?/g, '\n').split('\f').entries()) {
    const drafts: Draft[] = [];
    const raw = pageText.split('\n');
    for (let i = 0; i < raw.length; i++) {
      if (!raw[i]!.trim()) continue;
      const { draft, skip } = readLine(raw, i, markdown, drafts[drafts.length - 1]);
      i += skip;
      if (draft) drafts.push(draft);
    }
    const lines = drafts.map((d, i) => plainLine(index + 1, i + 1, d.text, d.extra));
    pages.push({ number: index + 1, width: 0, height: 0, lines, columns: 1 });
  }
  return pages;
}

export function extractText(bytes: Uint8Array, fileName: string, limits: ExtractionLimits): ExtractedDocument {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw failure('unsupported-format', 'this looks like a binary file');
  const markdown = /\.(md|markdown)$/i.test(fileName) || /^#{1,6}\s/m.test(text);
  const pages = textToLines(text, markdown);
  if (!pages.some((p) => p.lines.length)) throw failure('no-text-layer', 'the file is empty');
  return buildDocument({ format: markdown ? 'markdown' : 'text', pages }, limits.maxOutputChars);
}
