/**
 * A description written without a bullet ("Built payment APIs in Go") reads as a sentence: it opens
 * with a verb and goes on in lower case. Job titles that open with a verb-like word are written in
 * title case ("Lead Engineer", "Registered Nurse", "Support Specialist"), so they do not match.
 */
import { isActionVerb } from '../analysis/action-verbs';
import { titleScore } from './roles';

const SMALL = new Set('a an and as at by for from in into of on or per the to via with'.split(' '));

export function looksLikeSentence(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const first = words[0]?.replace(/[^\p{L}]/gu, '') ?? '';
  if (words.length < 3 || !(isActionVerb(first) || /^\p{L}{3,}ed$/u.test(first))) return false;
  // "Assisted living caregiver": a job title in sentence case still ends on its title word.
  if (titleScore(text) >= 1.5) return false;
  const lower = words.slice(1).filter((w) => /^\p{Ll}{3,}/u.test(w) && !SMALL.has(w.toLowerCase()));
  return lower.length >= 1;
}
