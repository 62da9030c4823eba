/**
 * Sentences for people, one per failure reason (SECURITY.md B-3): the UI and CLI show these,
 * never a stack trace.
 */
import { ExtractionError } from '../../core/documents/types';
import type { ImportFailureReason } from '../../../src-preload/contract/resume.types';

export const FAILURE_MESSAGES: Record<ImportFailureReason, string> = {
  'password-protected': 'This PDF is password-protected. Remove the password (Print → Save as PDF) and import it again.',
  'no-text-layer':
    'This file looks scanned: it has no selectable text. Export it again from the original document (or run it through OCR) and import that file.',
  corrupt: 'This file is damaged or is not what its name says. Open it, save it again, and import the new copy.',
  'unsupported-format':
    'This file type is not supported. Import a PDF, a Word document (.docx), a text or Markdown file, a JSON Resume file or a LinkedIn data export (.zip).',
  'too-large':
    'This file is too large to import safely. Save a shorter version (a resume rarely needs more than a few pages) and import it again.',
  timeout: 'Reading this file took too long and was stopped. Save it again as a simple PDF or DOCX and import it.',
};

/** Builds an ExtractionError with the standard sentence, optionally followed by a detail. */
export function failure(reason: ImportFailureReason, detail?: string): ExtractionError {
  const base = FAILURE_MESSAGES[reason];
  return new ExtractionError(reason, detail ? `${base} (${detail})` : base);
}
