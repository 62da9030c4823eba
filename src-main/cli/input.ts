/**
 * How CLI commands take input: bad input ends with exit code 2 and one line naming the typed
 * reason (`pathwise: <reason>: <message>`), never a stack trace.
 */
import fs from 'node:fs';
import { DEFAULT_EXTRACTION_LIMITS } from '../core/documents/types';

export function failInput(reason: string, message: string): never {
  process.stderr.write(`pathwise: ${reason}: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

/**
 * The bytes of a document given on the command line: a regular file no larger than the
 * extraction limit (SECURITY.md B-1), checked before anything is read.
 */
export function readInputFile(file: string, maxBytes = DEFAULT_EXTRACTION_LIMITS.maxInputBytes): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') failInput('not-found', `${file} does not exist.`);
    throw error;
  }
  if (!stat.isFile()) failInput('unsupported-format', `${file} is not a file.`);
  if (stat.size > maxBytes) failInput('too-large', `${file} is ${(stat.size / 1048576).toFixed(1)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB.`);
  return fs.readFileSync(file);
}
