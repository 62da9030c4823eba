/**
 * Exports for the coach: a cover letter or a (tailored) resume as .txt, .md or .docx bytes.
 * The caller writes the Buffer where the person chose (a save dialog in the shell); nothing here
 * touches the file system. Secrets never reach this module (SECURITY.md S-5).
 */
import type { CoverLetter, ExportFormat } from '../../../src-preload/contract/coach.types';
import type { ResumeProfile } from '../../../src-preload/contract/resume.types';
import { coverLetterDocument, resumeDocument, type ExportDocument } from './export-document';
import { toDocx, toMarkdown, toPlainText } from './render';

export { coverLetterDocument, resumeDocument, type ExportBlock, type ExportDocument } from './export-document';
export { toDocx, toMarkdown, toPlainText, escapeMarkdown } from './render';

export const EXPORT_MIME_TYPES: Record<ExportFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export async function renderDocument(doc: ExportDocument, format: ExportFormat): Promise<Buffer> {
  if (format === 'docx') return toDocx(doc);
  return Buffer.from(format === 'md' ? toMarkdown(doc) : toPlainText(doc), 'utf8');
}

export function exportCoverLetter(letter: Pick<CoverLetter, 'text'>, format: ExportFormat, title?: string): Promise<Buffer> {
  return renderDocument(coverLetterDocument(letter, title), format);
}

export function exportResume(profile: ResumeProfile, format: ExportFormat): Promise<Buffer> {
  return renderDocument(resumeDocument(profile), format);
}

/** A safe file name: letters, digits, spaces and dashes only, plus the format's extension. */
export function exportFileName(base: string, format: ExportFormat): string {
  const clean =
    base
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N} -]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'export';
  return `${clean}.${format}`;
}
