/**
 * Job titles and organisation names without an NLP library: a title is a role word ("Engineer",
 * "Manager") with rank words or capitals around it; a name is a run of capitalized words that
 * the resume never uses. Sentence-initial capitals, months, pronouns and letter phrases are not
 * names (lexicon.ts). Known limitation: a lone unknown name as the first word of a sentence
 * ("Globex hired me") reads like an action verb and is not flagged.
 */
import { stem, type EvidenceIndex } from './evidence';
import { normalizeTitleWord } from './evidence';
import { COMMON_CAPITALIZED, SALUTATION_PHRASES, TITLE_HEADS, TITLE_MODIFIERS, TITLE_OF_HEADS } from './lexicon';
import { IRREGULAR_PAST_TENSE } from './verbs';
import { adjacent, isAcronym, isCapitalized, type ClaimSheet, type WordToken } from './spans';

const CONNECTORS = new Set(['of', 'and', '&', 'the', 'for', 'de', 'du', 'van', 'von', 'y']);
const C_SUITE = new Set(['ceo', 'cto', 'cfo', 'coo', 'cio', 'ciso', 'cmo', 'cpo', 'vp']);
const PAST_TENSE_IRREGULAR = IRREGULAR_PAST_TENSE;

/** Extra names the text may use that are not facts about the person (the employer applied to, the posting). */
export interface AllowedNames {
  words: Set<string>;
  phraseText: string;
}

export function maskSalutations(candidate: string, sheet: ClaimSheet): void {
  const lower = candidate.toLowerCase();
  for (const phrase of SALUTATION_PHRASES) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) sheet.cover({ start: at, end: at + phrase.length });
  }
}

function titleWords(tokens: WordToken[]): string[] {
  return tokens.map((token) => normalizeTitleWord(token.lower.replace(/'s$/, ''))).filter((word) => !CONNECTORS.has(word));
}

function isHead(token: WordToken | undefined): boolean {
  return token !== undefined && TITLE_HEADS.has(normalizeTitleWord(token.lower));
}

function isModifier(token: WordToken | undefined): boolean {
  return token !== undefined && TITLE_MODIFIERS.has(normalizeTitleWord(token.lower));
}

/** The words of a title mention ending at head `at`, or null when it is no title claim. */
function titleMention(text: string, tokens: WordToken[], at: number): WordToken[] | null {
  const head = tokens[at];
  if (!head) return null;
  const mention = [head];
  // "senior software engineer": take up to four words on the left, then drop plain lower-case words from the left edge.
  for (let left = at - 1; left >= 0 && mention.length < 5; left -= 1) {
    const token = tokens[left];
    const right = mention[0];
    if (!token || !right || right.sentenceStart || !adjacent(text, token, right) || COMMON_CAPITALIZED.has(token.lower)) break;
    mention.unshift(token);
  }
  while (mention.length > 1 && mention[0] && !isModifier(mention[0]) && !isCapitalized(mention[0].text)) mention.shift();
  if (TITLE_OF_HEADS.has(normalizeTitleWord(head.lower)) && tokens[at + 1]?.lower === 'of') {
    for (let right = at + 2; right < tokens.length && right <= at + 4; right += 1) {
      const token = tokens[right];
      if (!token || token.sentenceStart || !isCapitalized(token.text) || COMMON_CAPITALIZED.has(token.lower)) break;
      mention.push(token);
    }
  }
  const ranked = mention.some((token) => token !== head && isModifier(token));
  const capitalized = mention.some((token) => isCapitalized(token.text)) && !(mention.length === 1 && head.sentenceStart);
  const cSuite = C_SUITE.has(head.lower) && isAcronym(head.text);
  return ranked || capitalized || cSuite ? mention : null;
}

/** "partnered with the Product Manager": someone else's title, not a claim about the person. */
function worksAlongside(tokens: WordToken[], first: number): boolean {
  let before = first - 1;
  if (['the', 'our', 'my', 'a', 'an', 'their'].includes(tokens[before]?.lower ?? '')) before -= 1;
  return ['with', 'alongside', 'under'].includes(tokens[before]?.lower ?? '');
}

function titleBacked(words: string[], index: EvidenceIndex, allowed: AllowedNames): boolean {
  const stems = words.map(stem);
  if (index.titles.some((title) => stems.every((word) => title.some((held) => stem(held) === word)))) return true;
  const phrase = ` ${words.join(' ')} `;
  return index.phraseText.includes(phrase) || allowed.phraseText.includes(phrase);
}

export function checkTitles(text: string, tokens: WordToken[], index: EvidenceIndex, allowed: AllowedNames, sheet: ClaimSheet): void {
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at];
    const next = tokens[at + 1];
    if (!token || !isHead(token)) continue;
    // "Lead Engineer": let the last role word carry the mention.
    if (next && isHead(next) && adjacent(text, token, next)) continue;
    const mention = titleMention(text, tokens, at);
    if (!mention) continue;
    const span = { start: mention[0]?.start ?? token.start, end: mention[mention.length - 1]?.end ?? token.end };
    if (sheet.covered(span)) continue;
    if (worksAlongside(tokens, tokens.indexOf(mention[0] ?? token)) || titleBacked(titleWords(mention), index, allowed)) sheet.cover(span);
    else {
      const written = text.slice(span.start, span.end);
      sheet.claim({ kind: 'title', text: written, reason: `Your resume never gives you the title "${written}".`, ...span });
    }
  }
}

function nameBacked(token: WordToken, index: EvidenceIndex, allowed: AllowedNames): boolean {
  const bare = token.lower.replace(/'s$/, '');
  if (COMMON_CAPITALIZED.has(token.lower) || COMMON_CAPITALIZED.has(bare)) return true;
  return [token.lower, bare, stem(bare)].some((form) => index.words.has(form) || allowed.words.has(form));
}

function looksLikeVerb(word: string): boolean {
  return /(?:ed|ing)$/i.test(word) || PAST_TENSE_IRREGULAR.has(word.toLowerCase());
}

export function checkNames(text: string, tokens: WordToken[], index: EvidenceIndex, allowed: AllowedNames, sheet: ClaimSheet): void {
  const unknown = tokens.map((token) => isCapitalized(token.text) && !sheet.covered(token) && !nameBacked(token, index, allowed));
  tokens.forEach((token, position) => {
    if (!unknown[position] || !token.sentenceStart || isAcronym(token.text)) return;
    const next = tokens[position + 1];
    const nextUnknown = next !== undefined && unknown[position + 1] === true && adjacent(text, token, next);
    // A capitalized first word is grammar unless it starts a multi-word name ("Globex Corporation").
    if (!nextUnknown || looksLikeVerb(token.text)) unknown[position] = false;
  });
  for (let position = 0; position < tokens.length; position += 1) {
    if (!unknown[position]) continue;
    let last = position;
    for (let probe = position + 1; probe < tokens.length; probe += 1) {
      const token = tokens[probe];
      const previous = tokens[probe - 1];
      if (!token || !previous || token.sentenceStart || !adjacent(text, previous, token)) break;
      if (unknown[probe]) last = probe;
      else if (!CONNECTORS.has(token.lower) && !isCapitalized(token.text)) break;
    }
    const span = { start: tokens[position]?.start ?? 0, end: tokens[last]?.end ?? 0 };
    const written = text.slice(span.start, span.end);
    sheet.claim({ kind: 'employer', text: written, reason: `"${written}" does not appear anywhere in your resume.`, ...span });
    position = last;
  }
}
