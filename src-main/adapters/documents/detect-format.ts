/**
 * Format by content first (magic bytes), file extension second: a renamed file is read for what it
 * is, and unknown content is refused as 'unsupported-format' (SECURITY.md B-3).
 */
import type { SourceFormat } from '../../../src-preload/contract/resume.types';
import { failure } from './messages';
import { looksLikeLinkedInExport } from './linkedin.extract';
import { listZipNames } from './zip-preflight';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

function firstNonSpace(bytes: Uint8Array): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return i < bytes.length ? bytes[i]! : -1;
}

/** True when the sample has no NUL bytes and few control characters (plain text in some encoding). */
function looksTextual(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= sample.length * 0.01;
}

export async function detectFormat(bytes: Uint8Array, fileName: string): Promise<SourceFormat> {
  const ext = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
  // %PDF may follow a little junk; pdf.js accepts a header within the first 1 KB.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names = await listZipNames(bytes);
    if (names.includes('word/document.xml')) return 'docx';
    if (looksLikeLinkedInExport(names)) return 'linkedin';
    if (ext === 'docx') throw failure('corrupt', 'word/document.xml is missing');
    throw failure('unsupported-format', 'this zip holds neither a Word document nor a LinkedIn export');
  }
  if (ext === 'pdf') throw failure('corrupt', 'the file does not start like a PDF');
  if (ext === 'docx') throw failure('corrupt', 'the file is not a Word document archive');
  if (['doc', 'rtf', 'odt', 'pages'].includes(ext))
    throw failure('unsupported-format', `.${ext} files cannot be read; save as PDF or .docx`);
  if (!looksTextual(bytes)) throw failure('unsupported-format');
  if (firstNonSpace(bytes) === 0x7b /* { */ || ext === 'json') return 'json-resume';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ext === 'text' || ext === '') return 'text';
  throw failure('unsupported-format');
}
