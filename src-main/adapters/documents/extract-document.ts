/**
 * In-process extraction of one file: format detection, then the matching extractor. Only the
 * worker (and benchmarks measuring the same code path) call this directly; the app goes through
 * createProcessExtractor so hostile files never run in the main process (SECURITY.md B-1).
 */
import type { ExtractedDocument, ExtractionLimits } from '../../core/documents/types';
import { DEFAULT_EXTRACTION_LIMITS, ExtractionError } from '../../core/documents/types';
import { detectFormat } from './detect-format';
import { extractDocx } from './docx.extract';
import { extractJsonResume } from './json-resume.extract';
import { extractLinkedIn } from './linkedin.extract';
import { failure } from './messages';
import { extractPdf } from './pdf.extract';
import { extractText } from './text.extract';

export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS,
): Promise<ExtractedDocument> {
  if (bytes.byteLength === 0) throw failure('corrupt', 'the file is empty');
  if (bytes.byteLength > limits.maxInputBytes) throw failure('too-large', `over ${Math.round(limits.maxInputBytes / 1048576)} MB`);
  try {
    const format = await detectFormat(bytes, fileName);
    switch (format) {
      case 'pdf':
        return await extractPdf(bytes, limits);
      case 'docx':
        return await extractDocx(bytes, limits);
      case 'linkedin':
        return await extractLinkedIn(bytes, limits);
      case 'json-resume':
        return extractJsonResume(bytes, limits);
      case 'text':
      case 'markdown':
        return extractText(bytes, fileName, limits);
    }
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    if (error instanceof RangeError) throw failure('too-large', 'the file needs more memory than allowed');
    throw failure('corrupt');
  }
}
