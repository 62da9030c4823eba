/** Length for the experience level: about one page under 10 years of experience, at most two otherwise. */
import type { AnalysisCheck } from '../../../../../src-preload/contract/resume.types';
import { makeCheck, plural, type AnalysisContext } from '../check';

export const LENGTH_WEIGHT = 10;

const SENIOR_YEARS = 10;
const MIN_WORDS = 200;
const MAX_WORDS_JUNIOR = 850;
const MAX_WORDS_SENIOR = 1400;

function pageScore(pages: number, maxPages: number): number {
  if (pages <= maxPages) return 1;
  return pages === maxPages + 1 ? 0.6 : 0.3;
}

function wordScore(words: number, maxWords: number): number {
  if (words < MIN_WORDS) return 0.5;
  if (words <= maxWords) return 1;
  return words <= maxWords * 1.3 ? 0.7 : 0.4;
}

export function checkLength(context: AnalysisContext): AnalysisCheck {
  const { totalYears, wordCount, pageCount } = context;
  const senior = totalYears >= SENIOR_YEARS;
  const maxPages = senior ? 2 : 1;
  const maxWords = senior ? MAX_WORDS_SENIOR : MAX_WORDS_JUNIOR;
  const result = Math.min(pageScore(pageCount, maxPages), wordScore(wordCount, maxWords));
  const target = senior ? 'up to two pages' : 'one page';
  let fix = '';
  if (wordCount < MIN_WORDS) fix = `At ${wordCount} words the resume is thin: add 3–5 results-focused bullets to each recent role.`;
  else if (pageCount > maxPages || wordCount > maxWords) {
    fix = `With ${totalYears} years of experience aim for ${target} (about ${maxWords} words). Cut bullets older than 10–15 years and merge similar ones; you are at ${plural(pageCount, 'page')} and ${wordCount} words.`;
  }
  return makeCheck({
    id: 'length-for-experience',
    title: 'Length for your experience',
    category: 'length',
    weight: LENGTH_WEIGHT,
    result,
    detail: `${plural(pageCount, 'page')}, ${wordCount} words, ${totalYears} years of experience (${target} is typical).`,
    fix,
  });
}
