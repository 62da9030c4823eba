/**
 * Page header/footer band: repeated running headers, footers and page numbers are dropped after
 * their first occurrence, and we note when contact details live only there (ATS parsers often skip
 * header/footer content, a layout risk worth telling the person about).
 */
import type { DocumentPage } from '../../core/documents/types';
import { looksLikeContact } from './build-document';

/** Share of the page height treated as the header (top) or footer (bottom) band. */
const BAND = 0.08;
const PAGE_NUMBER = /^(?:page|seite|página|pagina)?\s*\d{1,3}(?:\s*(?:of|\/|sur|de|von)\s*\d{1,3})?$/i;

function key(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

export function stripRunningHeaders(pages: DocumentPage[]): { pages: DocumentPage[]; contactInHeaderFooter: boolean } {
  const inBand = (page: DocumentPage, y: number) => page.height > 0 && (y < page.height * BAND || y > page.height * (1 - BAND));
  const seen = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.filter((l) => inBand(page, l.y)).map((l) => key(l.text)));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  let contactInBand = false;
  let contactInBody = false;
  const kept = new Set<string>();
  const result = pages.map((page) => {
    const lines = page.lines.filter((line) => {
      const band = inBand(page, line.y);
      const contact = looksLikeContact(line.text);
      const repeated = band && pages.length > 1 && (seen.get(key(line.text)) ?? 0) > 1;
      if (band && PAGE_NUMBER.test(line.text.trim())) return false;
      if (!repeated) {
        if (contact) contactInBody = true;
        return true;
      }
      // Repeated running headers/footers go; the first copy stays only when it carries contact details.
      if (!contact) return false;
      contactInBand = true;
      const k = key(line.text);
      if (kept.has(k)) return false;
      kept.add(k);
      return true;
    });
    lines.forEach((l, i) => (l.line = i + 1));
    return { ...page, lines };
  });
  return { pages: result, contactInHeaderFooter: contactInBand && !contactInBody };
}
