/**
 * Assembles an ExtractedDocument from pages of lines: joins the text, applies the output cap
 * (SECURITY.md B-1: 200k characters) and fills the layout signals every format shares.
 */
import type { DocumentLine, DocumentPage, ExtractedDocument, LayoutSignals } from '../../core/documents/types';
import type { SourceFormat } from '../../../src-preload/contract/resume.types';

export interface DocumentDraft {
  format: SourceFormat;
  pages: DocumentPage[];
  layout?: Partial<LayoutSignals>;
  structured?: unknown;
  title?: string;
  producer?: string;
  pageCount?: number;
}

/**
 * Output over the cap is truncated at a line boundary and flagged (`meta.truncated`), not refused:
 * the cap protects memory and IPC, and the first 200k characters of a resume hold everything a
 * profile needs.
 */
export function buildDocument(draft: DocumentDraft, maxOutputChars: number): ExtractedDocument {
  let characters = 0;
  let truncated = false;
  const pages: DocumentPage[] = [];
  for (const page of draft.pages) {
    if (truncated) break;
    const lines: DocumentLine[] = [];
    for (const line of page.lines) {
      if (characters + line.text.length + 1 > maxOutputChars) {
        truncated = true;
        break;
      }
      characters += line.text.length + 1;
      lines.push(line);
    }
    pages.push({ ...page, lines });
  }
  const text = pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\f');
  const layout: LayoutSignals = {
    multiColumn: pages.some((p) => p.columns > 1),
    tables: false,
    images: 0,
    contactInHeaderFooter: false,
    ...draft.layout,
  };
  const meta: ExtractedDocument['meta'] = { pageCount: draft.pageCount ?? pages.length, characters: text.length };
  if (draft.title) meta.title = draft.title;
  if (draft.producer) meta.producer = draft.producer;
  if (truncated) meta.truncated = true;
  const doc: ExtractedDocument = { format: draft.format, pages, text, layout, meta };
  if (draft.structured !== undefined) doc.structured = draft.structured;
  return doc;
}

/** A plain line for formats without geometry (DOCX, text): one per paragraph, in order. */
export function plainLine(page: number, line: number, text: string, extra: Partial<DocumentLine> = {}): DocumentLine {
  return { page, line, text, x: 0, y: line, width: 0, height: 1, fontSize: 0, bold: false, column: 0, ...extra };
}

/** Lines → one page (formats without pagination). */
export function singlePage(lines: DocumentLine[]): DocumentPage {
  return { number: 1, width: 0, height: 0, lines, columns: 1 };
}

export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

const CONTACT_PATTERN = /@[\w-]+\.[\w.-]+|\+?\d[\d\s().-]{7,}\d|linkedin\.com|github\.com/i;
export function looksLikeContact(text: string): boolean {
  return CONTACT_PATTERN.test(text);
}

/**
 * Letter-spaced capitals ("J O N A H   R E Y E S", names and headings set with wide tracking) →
 * "JONAH REYES". Only when every token is one letter and wider gaps mark the word breaks; a run
 * with no wider gap is left alone (the parser knows heading words spelled out letter by letter).
 */
export function collapseLetterSpacing(text: string): string {
  const t = text.trim();
  if (t.length < 7 || !/^\p{L}(?:[ \u00a0]+\p{L})+$/u.test(t) || !/\p{L}[ \u00a0]{2,}\p{L}/u.test(t)) return text;
  return t
    .split(/[ \u00a0]{2,}/)
    .map((word) => word.replace(/[ \u00a0]/g, ''))
    .join(' ');
}
