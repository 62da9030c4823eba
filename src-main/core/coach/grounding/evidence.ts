/**
 * What the master resume evidences, indexed once so many candidate sentences can be checked
 * against it: its words, numbers, dates, skills, titles, degrees and certifications.
 * `meta` (parser provenance) is not evidence; contact fields give words but never numbers.
 */
import type { ResumeProfile } from '../../../../src-preload/contract/resume.types';
import { collectPieces } from '../../resumes/analysis/skills';
import { totalYears, workSpans } from '../../resumes/analysis/experience';
import { findSkills } from '../../skills/skill-matcher';
import {
  CERTIFICATION_ACRONYMS,
  CERTIFICATION_WORDS,
  DEGREE_PATTERNS,
  STUDY_TYPE_ACRONYMS,
  TITLE_SYNONYMS,
  type DegreeKey,
} from './lexicon';
import { extractMonthYears, extractQuantities, isoDateKeys, type Quantity } from './quantities';

export interface EvidenceIndex {
  /** Lower-case words and their stems. */
  words: Set<string>;
  /** Lower-case full text, words separated by single spaces (for phrase look-ups). */
  phraseText: string;
  quantities: Quantity[];
  years: Set<number>;
  /** `YYYY-MM` keys. */
  monthYears: Set<string>;
  skillIds: Set<string>;
  /** Each title the resume gives the person, as normalized words. */
  titles: string[][];
  degrees: Set<DegreeKey>;
  /** Words of certificate entries and of sentences that mention a certification. */
  certificationWords: Set<string>;
  hasCertification: boolean;
  /** Total years of dated work (overlaps merged). */
  experienceYears: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.+#-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;
const NO_NUMBERS_KEYS = new Set(['phone', 'email', 'url', 'postalCode', 'image', 'username', 'countryCode']);
const DATE_KEYS = /date$/i;

interface Field {
  key: string;
  value: string;
}

function collectFields(value: unknown, key: string, out: Field[]): void {
  if (typeof value === 'string') {
    if (value.trim()) out.push({ key, value });
  } else if (Array.isArray(value)) {
    for (const item of value) collectFields(item, key, out);
  } else if (value && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) {
      if (childKey !== 'meta') collectFields(child, childKey, out);
    }
  }
}

export function words(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => match[0]);
}

/** Crude suffix stripping so "mentored", "mentoring" and "mentor" meet. */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  for (const suffix of ['ing', 'ies', 'ed', 'es', 'er', 's']) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 3) return lower.slice(0, -suffix.length) + (suffix === 'ies' ? 'y' : '');
  }
  return lower;
}

/** Adds a word, its glued parts ("AT&T" → "at", "t"; "front-end" → "front", "end") and stems. */
export function addWord(set: Set<string>, word: string): void {
  const lower = word.toLowerCase().replace(/’/g, "'");
  set.add(lower);
  set.add(stem(lower));
  const bare = lower.replace(/'s$/, '');
  set.add(bare);
  for (const part of bare.split(/[-.'/&]+/)) {
    if (part) {
      set.add(part);
      set.add(stem(part));
    }
  }
}

export function normalizeTitleWord(word: string): string {
  const lower = word.toLowerCase().replace(/[.,]$/, '');
  return TITLE_SYNONYMS[lower] ?? lower;
}

export function degreesIn(text: string): { key: DegreeKey; text: string; start: number; end: number }[] {
  const found: { key: DegreeKey; text: string; start: number; end: number }[] = [];
  for (const { key, pattern } of DEGREE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      found.push({ key, text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

const CERT_ACRONYM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CERTIFICATION_ACRONYMS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

export function certificationAcronymsIn(text: string): { text: string; start: number; end: number }[] {
  CERT_ACRONYM.lastIndex = 0;
  return [...text.matchAll(CERT_ACRONYM)].map((match) => ({
    text: match[0],
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

export function mentionsCertification(text: string): boolean {
  CERTIFICATION_WORDS.lastIndex = 0;
  return CERTIFICATION_WORDS.test(text) || certificationAcronymsIn(text).length > 0;
}

function resumeTitles(profile: ResumeProfile): string[][] {
  const titles = [
    profile.basics?.label,
    ...(profile.work ?? []).map((work) => work.position),
    ...(profile.volunteer ?? []).map((entry) => entry.position),
    ...(profile.projects ?? []).flatMap((project) => project.roles ?? []),
  ];
  return titles.filter((title): title is string => Boolean(title?.trim())).map((title) => words(title).map(normalizeTitleWord));
}

export function buildEvidence(profile: ResumeProfile, now: Date = new Date()): EvidenceIndex {
  const fields: Field[] = [];
  collectFields(profile, 'profile', fields);
  const index: EvidenceIndex = {
    words: new Set(),
    phraseText: '',
    quantities: [],
    years: new Set(),
    monthYears: new Set(),
    skillIds: new Set(),
    titles: resumeTitles(profile),
    degrees: new Set(),
    certificationWords: new Set(),
    hasCertification: (profile.certificates ?? []).length > 0,
    experienceYears: totalYears(workSpans(profile.work ?? [], now)),
  };
  const phrases: string[] = [];
  for (const field of fields) addField(index, field, phrases);
  for (const certificate of profile.certificates ?? []) {
    for (const word of words(`${certificate.name ?? ''} ${certificate.issuer ?? ''}`)) addWord(index.certificationWords, word);
  }
  for (const education of profile.education ?? []) {
    const key = STUDY_TYPE_ACRONYMS[(education.studyType ?? '').toLowerCase().replace(/[^a-z]/g, '')];
    if (key) index.degrees.add(key);
  }
  for (const piece of collectPieces(profile)) {
    for (const match of findSkills(piece.text, { list: piece.list })) index.skillIds.add(match.id);
  }
  index.phraseText = ` ${phrases.join(' | ')} `;
  return index;
}

function addField(index: EvidenceIndex, field: Field, phrases: string[]): void {
  const { key, value } = field;
  for (const word of words(value)) addWord(index.words, word);
  phrases.push(words(value).join(' ').toLowerCase());
  if (DATE_KEYS.test(key)) {
    const { year, month } = isoDateKeys(value);
    if (year !== null) index.years.add(year);
    if (month) index.monthYears.add(month);
    return;
  }
  if (NO_NUMBERS_KEYS.has(key)) return;
  addText(index, value);
}

/** Adds free text (a resume field or the source bullet) to the numeric and credential evidence. */
export function addText(index: EvidenceIndex, value: string): void {
  for (const quantity of extractQuantities(value)) {
    index.quantities.push(quantity);
    if (quantity.kind === 'year') index.years.add(quantity.value);
  }
  for (const monthYear of extractMonthYears(value)) index.monthYears.add(monthYear.key);
  for (const degree of degreesIn(value)) index.degrees.add(degree.key);
  if (mentionsCertification(value)) {
    index.hasCertification = true;
    for (const word of words(value)) addWord(index.certificationWords, word);
  }
}

/** A copy of the index with extra evidence text (the source bullet) folded in. */
export function withSourceText(base: EvidenceIndex, text: string | undefined): EvidenceIndex {
  if (!text?.trim()) return base;
  const index: EvidenceIndex = {
    ...base,
    words: new Set(base.words),
    quantities: [...base.quantities],
    years: new Set(base.years),
    monthYears: new Set(base.monthYears),
    skillIds: new Set(base.skillIds),
    degrees: new Set(base.degrees),
    certificationWords: new Set(base.certificationWords),
    phraseText: `${base.phraseText}| ${words(text).join(' ').toLowerCase()} `,
  };
  for (const word of words(text)) addWord(index.words, word);
  addText(index, text);
  for (const match of findSkills(text)) index.skillIds.add(match.id);
  return index;
}
