/**
 * What of an error may go into a log line (SECURITY.md S-5; "logs and crash output never contain
 * resume contents"). Logging the raw error object is not safe: Node prints every own property (a
 * provider's reply, a request body), the `cause` chain in full, and some messages quote their input
 * (`JSON.parse`: `Unexpected token … "Jane Doe, 12 Elm St…" is not valid JSON`).
 *
 * `errorForLog` keeps what a maintainer needs (class, code, a scrubbed message, the stack frames,
 * the cause chain's classes) and drops the rest: quoted excerpts, e-mail addresses, anything shaped
 * like a key or token, and the explicit secrets passed in.
 */
import { redactSecrets } from './secret-store';

const MAX_MESSAGE = 300;
const MAX_FRAMES = 12;

const SCRUBBERS: Array<[RegExp, string]> = [
  // Quoted excerpts of input: long enough to be content rather than an identifier.
  [/"[^"\n]{12,}"?/g, '"[text]"'],
  [/'[^'\n]{12,}'?/g, "'[text]'"],
  [/`[^`\n]{12,}`?/g, '`[text]`'],
  // Key- and token-shaped values.
  [/\b(?:sk|pk|rk)-[A-Za-z0-9_-]{6,}/g, '[redacted]'],
  [/\bAIza[0-9A-Za-z_-]{20,}/g, '[redacted]'],
  [/\b(?:gh[pousr]|github_pat|hf|xox[abp])_[A-Za-z0-9_]{10,}/g, '[redacted]'],
  [/\bBearer\s+[^\s"',;]+/gi, 'Bearer [redacted]'],
  [/\b(api[_-]?key|apikey|x-api-key|key|token|password|passwd|secret|authorization|app_key|app_id)(\s*["']?\s*[:=]\s*["']?)[^\s"'&,;]+/gi, '$1$2[redacted]'],
  // Personal data that shows up in resumes.
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
  [/\+?\d[\d ().-]{8,}\d/g, '[number]'],
];

/** A message with quoted text, key-shaped values, e-mail addresses and the given secrets removed. */
export function scrubForLog(text: string, secrets: readonly (string | null | undefined)[] = []): string {
  let out = redactSecrets(text, secrets);
  for (const [pattern, replacement] of SCRUBBERS) out = out.replace(pattern, replacement);
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE)}…` : out;
}

function describeOne(error: unknown, secrets: readonly (string | null | undefined)[]): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  const codeText = typeof code === 'string' || typeof code === 'number' ? ` [${String(code).slice(0, 40)}]` : '';
  return `${error.name}${codeText}: ${scrubForLog(error.message, secrets)}`;
}

/** A single string safe to write to a log: class, code, scrubbed message, stack frames, causes. */
export function errorForLog(error: unknown, secrets: readonly (string | null | undefined)[] = []): string {
  const lines = [describeOne(error, secrets)];
  if (error instanceof Error && typeof error.stack === 'string') {
    // Frames only: the stack's first line repeats the raw message.
    const frames = error.stack.split('\n').filter((line) => /^\s+at /.test(line)).slice(0, MAX_FRAMES);
    lines.push(...frames.map((frame) => redactSecrets(frame, secrets)));
  }
  let cause = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; cause !== undefined && depth < 3; depth++) {
    lines.push(`caused by ${describeOne(cause, secrets)}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return lines.join('\n');
}
