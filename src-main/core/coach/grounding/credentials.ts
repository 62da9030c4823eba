/** Degree and certification claims: each must be backed by the resume's education or certificates. */
import { certificationAcronymsIn, degreesIn, stem, type EvidenceIndex } from './evidence';
import { CERTIFICATION_WORDS, COMMON_CAPITALIZED, DEGREE_IMPLIES, type DegreeKey } from './lexicon';
import { isAcronym, isCapitalized, type ClaimSheet, type WordToken } from './spans';

const DEGREE_LABEL: Record<DegreeKey, string> = {
  doctorate: 'doctorate (PhD)',
  mba: 'MBA',
  md: 'medical (MD)',
  jd: 'law (JD/LLM)',
  master: "master's",
  bachelor: "bachelor's",
  associate: 'associate',
};

export function checkDegrees(candidate: string, index: EvidenceIndex, sheet: ClaimSheet): void {
  for (const degree of degreesIn(candidate)) {
    if (sheet.covered(degree)) continue;
    if (DEGREE_IMPLIES[degree.key].some((key) => index.degrees.has(key))) sheet.cover(degree);
    else
      sheet.claim({
        kind: 'degree',
        text: degree.text.trim(),
        reason: `Your resume lists no ${DEGREE_LABEL[degree.key]} degree.`,
        start: degree.start,
        end: degree.end,
      });
  }
}

const WINDOW = 5;

export function checkCertifications(candidate: string, tokens: WordToken[], index: EvidenceIndex, sheet: ClaimSheet): void {
  for (const acronym of certificationAcronymsIn(candidate)) {
    if (sheet.covered(acronym)) continue;
    const lower = acronym.text.toLowerCase();
    if (index.certificationWords.has(lower) || index.words.has(lower)) sheet.cover(acronym);
    else
      sheet.claim({
        kind: 'certification',
        text: acronym.text,
        reason: `Your resume does not list ${acronym.text}.`,
        start: acronym.start,
        end: acronym.end,
      });
  }
  CERTIFICATION_WORDS.lastIndex = 0;
  for (const match of candidate.matchAll(CERTIFICATION_WORDS)) {
    const at = tokens.findIndex((token) => token.start === match.index);
    if (at < 0) continue;
    const named = certificationName(tokens, at);
    const start = Math.min(tokens[at]?.start ?? 0, ...named.map((token) => token.start));
    const end = Math.max(tokens[at]?.end ?? 0, ...named.map((token) => token.end));
    if (sheet.covered({ start, end }) && named.every((token) => sheet.covered(token))) continue;
    const backed =
      named.length > 0
        ? named.every((token) => index.certificationWords.has(token.lower) || index.certificationWords.has(stem(token.lower)))
        : index.hasCertification;
    const text = candidate.slice(start, end);
    if (backed) sheet.cover({ start, end });
    else sheet.claim({ kind: 'certification', text, reason: 'Your resume lists no such certification or licence.', start, end });
  }
}

/** The capitalized run around a certification word ("AWS Certified Solutions Architect", "PMP certification"). */
function certificationName(tokens: WordToken[], at: number): WordToken[] {
  const named: WordToken[] = [];
  const isName = (token: WordToken | undefined): token is WordToken =>
    token !== undefined && isCapitalized(token.text) && !COMMON_CAPITALIZED.has(token.lower);
  for (let left = at - 1; left >= 0 && at - left <= WINDOW; left -= 1) {
    const token = tokens[left];
    const after = tokens[left + 1];
    if (!isName(token) || after?.sentenceStart) break;
    if (!token.sentenceStart || isAcronym(token.text)) named.unshift(token);
    if (token.sentenceStart) break;
  }
  for (let right = at + 1; right < tokens.length && right - at <= WINDOW; right += 1) {
    const token = tokens[right];
    if (!isName(token) || token.sentenceStart) break;
    named.push(token);
  }
  // "certified in kubernetes administration": what follows "in"/"as" names the certificate even in lower case.
  if (['in', 'as'].includes(tokens[at + 1]?.lower ?? '')) {
    for (const token of tokens.slice(at + 2, at + 5)) {
      if (token.sentenceStart || COMMON_CAPITALIZED.has(token.lower)) break;
      if (!named.includes(token)) named.push(token);
    }
  }
  return named;
}
