/** Shared helpers for the named checks: status from result, short evidence lists. */
import type { AnalysisCheck, CheckStatus, ResumeProfile } from '../../../../src-preload/contract/resume.types';
import type { ExtractedDocument } from '../../documents/types';

export interface AnalysisContext {
  profile: ResumeProfile;
  document: ExtractedDocument | null;
  fileName: string;
  now: Date;
  totalYears: number;
  wordCount: number;
  pageCount: number;
}

const PASS_AT = 0.9;
const WARN_AT = 0.5;

export function statusFor(result: number): CheckStatus {
  if (result >= PASS_AT) return 'pass';
  return result >= WARN_AT ? 'warn' : 'fail';
}

export function makeCheck(check: Omit<AnalysisCheck, 'status' | 'result'> & { result: number }): AnalysisCheck {
  const result = Math.round(Math.min(1, Math.max(0, check.result)) * 100) / 100;
  const status = statusFor(result);
  return { ...check, result, status, fix: status === 'pass' ? '' : check.fix };
}

/** "a, b and c" / "a, b, c and 4 more". */
export function listWords(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export function quote(text: string, maxLength = 60): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return `"${trimmed.length > maxLength ? `${trimmed.slice(0, maxLength - 1)}…` : trimmed}"`;
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
