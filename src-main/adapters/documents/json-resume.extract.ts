/**
 * JSON Resume (https://jsonresume.org/schema) import: validated loosely (an object with at least
 * one known section of the right type), kept in `structured`, rendered to lines for the text view.
 */
import type { ExtractedDocument, ExtractionLimits } from '../../core/documents/types';
import { buildDocument, singlePage } from './build-document';
import { failure } from './messages';
import { renderStructured } from './render-structured';
import { decodeText } from './text.extract';

const LIST_KEYS = [
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
];

export function isJsonResume(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const obj = value as Record<string, unknown>;
  const basicsOk = obj.basics === undefined || (typeof obj.basics === 'object' && obj.basics !== null && !Array.isArray(obj.basics));
  const listsOk = LIST_KEYS.every((k) => obj[k] === undefined || Array.isArray(obj[k]));
  const hasContent = obj.basics !== undefined || LIST_KEYS.some((k) => Array.isArray(obj[k]));
  return basicsOk && listsOk && hasContent;
}

export function extractJsonResume(bytes: Uint8Array, limits: ExtractionLimits): ExtractedDocument {
  let value: unknown;
  try {
    value = JSON.parse(decodeText(bytes));
  } catch {
    throw failure('corrupt', 'the JSON is not valid');
  }
  if (!isJsonResume(value)) throw failure('unsupported-format', 'this JSON file is not a JSON Resume document');
  return buildDocument({ format: 'json-resume', pages: [singlePage(renderStructured(value))], structured: value }, limits.maxOutputChars);
}
