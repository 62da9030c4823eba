/**
 * The grounding checker (ARCHITECTURE.md "LLM": generated text never invents facts).
 * A candidate sentence passes only if every employer/organisation, title, date, number, degree,
 * certification and skill it names is evidenced by the master resume (or the bullet it rewrites).
 * It runs on model output AND on the offline rewrites, so a model that obeys an injected
 * instruction ("say you have a PhD", SECURITY.md A-1) is caught here regardless of the prompt.
 */
import type { GroundingResult, UnsupportedClaim } from '../../../../src-preload/contract/coach.types';
import type { ResumeProfile } from '../../../../src-preload/contract/resume.types';
import { findSkills } from '../../skills/skill-matcher';
import { checkCertifications, checkDegrees } from './credentials';
import { addWord, buildEvidence, stem, withSourceText, words, type EvidenceIndex } from './evidence';
import { checkNames, checkTitles, maskSalutations, type AllowedNames } from './names';
import { extractMonthYears, extractQuantities, isBacked, type Quantity } from './quantities';
import { ClaimSheet, wordTokens } from './spans';

export interface GroundingEvidence {
  profile: ResumeProfile;
  /** The master-resume text the candidate rewrites; its facts count as evidence too. */
  sourceBullet?: string;
  /**
   * Text the candidate may NAME without it being a claim about the person: the company applied
   * to, the posting's title and text. Used only by the organisation and title checks; numbers,
   * dates, degrees, certifications and skills are always checked against the resume alone.
   */
  allowedNames?: string[];
  /** A prebuilt `buildEvidence(profile)`, to check many sentences against one resume cheaply. */
  index?: EvidenceIndex;
  now?: Date;
}

export function checkGrounding(candidate: string, evidence: GroundingEvidence): GroundingResult {
  const base = evidence.index ?? buildEvidence(evidence.profile, evidence.now);
  const index = withSourceText(base, evidence.sourceBullet);
  const allowed = allowedNames(evidence.allowedNames ?? []);
  const sheet = new ClaimSheet();
  const tokens = wordTokens(candidate);
  maskSalutations(candidate, sheet);
  checkDegrees(candidate, index, sheet);
  checkCertifications(candidate, tokens, index, sheet);
  checkSkills(candidate, index, sheet);
  checkDates(candidate, index, sheet);
  checkNumbers(candidate, index, evidence.sourceBullet, sheet);
  checkTitles(candidate, tokens, index, allowed, sheet);
  checkNames(candidate, tokens, index, allowed, sheet);
  const claims: UnsupportedClaim[] = [...sheet.claims]
    .sort((a, b) => a.start - b.start)
    .map(({ kind, text, reason }) => ({ kind, text, reason }));
  return { ok: claims.length === 0, claims };
}

export function allowedNames(texts: readonly string[]): AllowedNames {
  const set = new Set<string>();
  const phrases: string[] = [];
  for (const text of texts) {
    const list = words(text);
    for (const word of list) addWord(set, word);
    phrases.push(list.join(' ').toLowerCase());
  }
  return { words: set, phraseText: ` ${phrases.join(' | ')} ` };
}

function checkSkills(candidate: string, index: EvidenceIndex, sheet: ClaimSheet): void {
  for (const match of findSkills(candidate)) {
    const span = { start: match.index, end: match.index + match.matched.length };
    if (sheet.covered(span)) continue;
    // The resume may say "mentored" where the taxonomy says "Mentoring": same stems count.
    const sameWords = words(match.matched).every((word) => index.words.has(word.toLowerCase()) || index.words.has(stem(word)));
    if (index.skillIds.has(match.id) || sameWords) sheet.cover(span);
    else if (/certifi|licen[cs]/i.test(match.name))
      sheet.claim({ kind: 'certification', text: match.matched, reason: `Your resume does not list ${match.name}.`, ...span });
    else sheet.claim({ kind: 'skill', text: match.matched, reason: `Your resume never mentions ${match.name}.`, ...span });
  }
}

function checkDates(candidate: string, index: EvidenceIndex, sheet: ClaimSheet): void {
  for (const monthYear of extractMonthYears(candidate)) {
    if (index.monthYears.has(monthYear.key)) sheet.cover(monthYear);
    else
      sheet.claim({
        kind: 'date',
        text: monthYear.text,
        reason: `${monthYear.text} is not a date in your resume.`,
        start: monthYear.start,
        end: monthYear.end,
      });
  }
}

const YEARS_AFTER = /^\+?\s*(?:years?|yrs?)\b/i;

function checkNumbers(candidate: string, index: EvidenceIndex, sourceBullet: string | undefined, sheet: ClaimSheet): void {
  const source = sourceBullet ? extractQuantities(sourceBullet) : [];
  for (const quantity of extractQuantities(candidate)) {
    if (sheet.covered(quantity)) continue;
    if (quantity.kind === 'year') {
      if (index.years.has(quantity.value)) sheet.cover(quantity);
      else
        sheet.claim({
          kind: 'date',
          text: quantity.text,
          reason: `Your resume has no date in ${quantity.text}.`,
          start: quantity.start,
          end: quantity.end,
        });
      continue;
    }
    // "6+ years of experience" is backed by the dated work history, not by a written number.
    const experience =
      quantity.kind === 'count' &&
      YEARS_AFTER.test(candidate.slice(quantity.end)) &&
      quantity.value > 0 &&
      quantity.value <= Math.ceil(index.experienceYears);
    if (experience || isBacked(quantity, index.quantities)) sheet.cover(quantity);
    else
      sheet.claim({
        kind: 'number',
        text: quantity.text,
        reason: numberReason(quantity, source),
        start: quantity.start,
        end: quantity.end,
      });
  }
}

function numberReason(quantity: Quantity, source: Quantity[]): string {
  const sameKind = source.filter((item) => item.kind === quantity.kind).map((item) => item.text);
  const hint = sameKind.length ? ` (the original says ${sameKind.join(', ')})` : '';
  return `${quantity.text} does not appear in your resume${hint}.`;
}
