/** Word positions and the claim bookkeeping shared by the grounding checks. */
import type { UnsupportedClaim } from '../../../../src-preload/contract/coach.types';

export interface WordToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First word of a sentence, line or bullet (capitalized by grammar, not because it is a name). */
  sentenceStart: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export interface SpannedClaim extends UnsupportedClaim, Span {}

/** Collects claims and the parts of the text already judged, so later checks do not double-report. */
export class ClaimSheet {
  readonly claims: SpannedClaim[] = [];
  private readonly judged: Span[] = [];

  covered(span: Span): boolean {
    return this.judged.some((other) => span.start < other.end && other.start < span.end);
  }

  /** Marks a span as judged (supported or claimed). */
  cover(span: Span): void {
    this.judged.push({ start: span.start, end: span.end });
  }

  claim(claim: SpannedClaim): void {
    this.cover(claim);
    if (!this.claims.some((other) => other.kind === claim.kind && other.text.toLowerCase() === claim.text.toLowerCase()))
      this.claims.push(claim);
  }
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.+#-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;
const SENTENCE_BREAK = /[.!?:;\n•·▪●◦‣∙*–—]|(?:^|\s)-\s/u;

export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const raw = match[0].replace(/\.$/, '');
    const sentenceStart = tokens.length === 0 || SENTENCE_BREAK.test(text.slice(previousEnd, start));
    tokens.push({ text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), start, end: start + raw.length, sentenceStart });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** Only spaces between two tokens (no punctuation that would end a name). */
export function adjacent(text: string, left: WordToken, right: WordToken): boolean {
  return /^[ \t]+$/.test(text.slice(left.end, right.start));
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);
}

export function isAcronym(word: string): boolean {
  return /^[\p{Lu}\d&]{2,}s?$/u.test(word) && /\p{Lu}/u.test(word);
}
