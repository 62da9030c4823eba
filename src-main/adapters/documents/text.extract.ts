/**
 * Plain text and Markdown → lines. Markdown headings become headingLevel, `-`/`*`/`+`/`•` items
 * become listItem, `**bold**` lines are marked bold; the markup itself is removed.
 */
import type { DocumentLine, DocumentPage, ExtractedDocument, ExtractionLimits } from '../../core/documents/types';
import { buildDocument, plainLine } from './build-document';
import { failure } from './messages';

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*(?:[-*+•▪◦‣●]|\d{1,2}[.)])\s+(.*)$/;
const SETEXT = /^\s*(=+|-+)\s*$/;

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

export function textToLines(text: string, markdown: boolean): DocumentPage[] {
  const pages: DocumentPage[] = [];
  for (const [index, pageText] of text.replace(/\r\n?/g, '\n').split('\f').entries()) {
    const lines: DocumentLine[] = [];
    const raw = pageText.split('\n');
    for (let i = 0; i < raw.length; i++) {
      const source = raw[i]!;
      if (!source.trim()) continue;
      const next = raw[i + 1];
      const extra: Partial<DocumentLine> = {};
      let text = source.trim();
      const heading = markdown ? HEADING.exec(text) : null;
      const bullet = BULLET.exec(source);
      if (heading) {
        extra.headingLevel = heading[1]!.length;
        text = heading[2]!;
      } else if (markdown && next !== undefined && SETEXT.test(next) && !bullet) {
        extra.headingLevel = next.trim()[0] === '=' ? 1 : 2;
        i++;
      } else if (bullet) {
        extra.listItem = true;
        text = bullet[1]!;
      }
      if (markdown && /^(\*\*|__).+\1$/.test(text)) extra.bold = true;
      if (markdown) text = stripInline(text);
      if (/^[-=_*]{3,}$/.test(text) || !text) continue;
      lines.push(plainLine(index + 1, lines.length + 1, text.replace(/\s+$/, ''), extra));
    }
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
