/**
 * Finds taxonomy skills in free text (resumes now, job postings later).
 * Built once into a phrase map keyed by first token; a scan is one pass over the tokens with
 * longest-match-first. Low false positives are the goal, so forms that are ordinary words or
 * short codes ("Go", "R", "RN", "PR") need exact case AND context; see `isAmbiguousAccepted`.
 */
import { TAXONOMY } from './taxonomy';
import type { TaxonomySkill } from './taxonomy.types';
import { phraseKey, tokenize, type Token } from './tokenize';

export interface SkillMatch {
  id: string;
  name: string;
  category: string;
  /** The text as written in the source, e.g. `k8s`. */
  matched: string;
  /** Character offset of `matched` in the scanned text. */
  index: number;
}

export interface FindSkillsOptions {
  /** The text is a list of skills (a skills section, a tag list): ambiguous forms need no context. */
  list?: boolean;
  /** Return only the first match of each skill. */
  unique?: boolean;
}

export interface NormalizedSkill {
  id: string;
  name: string;
  category: string;
}

type Mode = 'normal' | 'case' | 'ambiguous';

interface Phrase {
  norms: string[];
  raws: string[];
  skill: number;
  mode: Mode;
}

interface Candidate {
  phrase: Phrase;
  first: number;
  last: number;
  start: number;
  end: number;
}

const CONTEXT_WINDOW_TOKENS = 15;
/** Between two listed skills only separators, bullets and "and"/"or" may stand. */
const LIST_GAP = /^[\s,;|/&•·▪●◦‣∙*()[\]{}<>+:–—-]*(?:(?:and|or|&)[\s,;|/•·()]*)?$/i;
const GLUED_BEFORE = /[&'’\-.@_/\\]/;
const GLUED_AFTER = /[&'’\-@_\\]/;

export interface SkillMatcher {
  findSkills(text: string, options?: FindSkillsOptions): SkillMatch[];
  normalizeSkill(raw: string): NormalizedSkill | null;
}

export function createSkillMatcher(skills: readonly TaxonomySkill[]): SkillMatcher {
  const byFirst = new Map<string, Phrase[]>();
  const byKey = new Map<string, number>();
  const contexts = skills.map((skill) => (skill.context ?? []).map((word) => ` ${phraseKey(word)} `));
  skills.forEach((skill, index) => indexSkill(skill, index, byFirst, byKey));
  for (const list of byFirst.values()) list.sort(comparePhrases);

  const findSkills = (text: string, options: FindSkillsOptions = {}): SkillMatch[] => {
    const tokens = tokenize(text);
    const candidates = collectCandidates(tokens, byFirst, options.list === true);
    const flags = resolveAmbiguous(text, tokens, candidates, contexts, options.list === true);
    const accepted = candidates.filter((_, position) => flags[position]);
    const seen = new Set<string>();
    const matches: SkillMatch[] = [];
    for (const candidate of accepted) {
      const skill = skills[candidate.phrase.skill];
      if (!skill || (options.unique && seen.has(skill.id))) continue;
      seen.add(skill.id);
      const matched = text.slice(candidate.start, candidate.end);
      matches.push({ id: skill.id, name: skill.name, category: skill.category, matched, index: candidate.start });
    }
    return matches;
  };

  const normalizeSkill = (raw: string): NormalizedSkill | null => {
    const exact = byKey.get(phraseKey(raw));
    const skill = exact !== undefined ? skills[exact] : soleSkill(findSkills(raw, { list: true, unique: true }), skills);
    return skill ? { id: skill.id, name: skill.name, category: skill.category } : null;
  };

  return { findSkills, normalizeSkill };
}

function indexSkill(skill: TaxonomySkill, index: number, byFirst: Map<string, Phrase[]>, byKey: Map<string, number>): void {
  const ambiguous = new Set(skill.ambiguous ?? []);
  const caseSensitive = new Set(skill.caseSensitive ?? []);
  for (const form of [skill.name, ...skill.aliases]) {
    const tokens = tokenize(form);
    const first = tokens[0];
    if (!first) continue;
    const mode: Mode = ambiguous.has(form) ? 'ambiguous' : caseSensitive.has(form) ? 'case' : 'normal';
    const phrase: Phrase = { norms: tokens.map((t) => t.norm), raws: tokens.map((t) => t.raw), skill: index, mode };
    const list = byFirst.get(first.norm) ?? [];
    list.push(phrase);
    byFirst.set(first.norm, list);
    const key = phrase.norms.join(' ');
    if (!byKey.has(key)) byKey.set(key, index);
  }
}

/** Longest first; for equal length the loosest mode first, so a strict variant never hides a normal one. */
function comparePhrases(a: Phrase, b: Phrase): number {
  const rank: Record<Mode, number> = { normal: 0, case: 1, ambiguous: 2 };
  return b.norms.length - a.norms.length || rank[a.mode] - rank[b.mode];
}

function collectCandidates(tokens: Token[], byFirst: Map<string, Phrase[]>, list: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  let position = 0;
  while (position < tokens.length) {
    const phrase = matchAt(tokens, position, byFirst.get(tokens[position]?.norm ?? ''), list);
    if (!phrase) {
      position += 1;
      continue;
    }
    const last = position + phrase.norms.length - 1;
    const start = tokens[position]?.start ?? 0;
    candidates.push({ phrase, first: position, last, start, end: tokens[last]?.end ?? start });
    position = last + 1;
  }
  return candidates;
}

function matchAt(tokens: Token[], position: number, phrases: Phrase[] | undefined, list: boolean): Phrase | null {
  if (!phrases) return null;
  for (const phrase of phrases) {
    if (position + phrase.norms.length > tokens.length) continue;
    if (!phrase.norms.every((norm, offset) => tokens[position + offset]?.norm === norm)) continue;
    if (phrase.mode === 'normal' || caseMatches(tokens, position, phrase, list)) return phrase;
  }
  return null;
}

function caseMatches(tokens: Token[], position: number, phrase: Phrase, list: boolean): boolean {
  if (phrase.mode === 'ambiguous' && list) return true;
  return phrase.raws.every((raw, offset) => {
    const written = tokens[position + offset]?.raw ?? '';
    if (written === raw) return true;
    // "EXCEL" in an all-caps skills line is still Excel; ambiguous forms get no such leeway.
    return phrase.mode === 'case' && written.length > 1 && written === raw.toUpperCase();
  });
}

/**
 * An ambiguous form counts when it is not glued into another word ("R&D", "C-suite") and a
 * listed neighbour or a context word confirms it. Accepted forms vouch for their neighbours in
 * turn, so "Python, R, Go, C" accepts all four.
 */
function resolveAmbiguous(text: string, tokens: Token[], candidates: Candidate[], contexts: string[][], list: boolean): boolean[] {
  const flags = candidates.map((candidate) => list || candidate.phrase.mode !== 'ambiguous');
  const open = candidates.map((candidate, position) => !flags[position] && !isGlued(text, candidate));
  candidates.forEach((candidate, position) => {
    if (open[position] && hasContextNearby(tokens, candidate, contexts[candidate.phrase.skill] ?? [])) flags[position] = true;
  });
  for (let changed = true; changed; ) {
    changed = false;
    candidates.forEach((_, position) => {
      if (open[position] && !flags[position] && hasListNeighbour(text, candidates, position, flags)) {
        flags[position] = true;
        changed = true;
      }
    });
  }
  return flags;
}

function isGlued(text: string, candidate: Candidate): boolean {
  const before = text.charAt(candidate.start - 1);
  const after = text.charAt(candidate.end);
  const next = text.charAt(candidate.end + 1);
  if (before && GLUED_BEFORE.test(before)) return true;
  if (after && GLUED_AFTER.test(after)) return true;
  const singleLetter = candidate.end - candidate.start === 1;
  return after === '.' && (singleLetter || /[\p{L}\p{N}]/u.test(next));
}

function hasListNeighbour(text: string, candidates: Candidate[], position: number, flags: boolean[]): boolean {
  const candidate = candidates[position];
  const previous = flags[position - 1] ? candidates[position - 1] : undefined;
  const following = flags[position + 1] ? candidates[position + 1] : undefined;
  if (!candidate) return false;
  return (
    (previous !== undefined && LIST_GAP.test(text.slice(previous.end, candidate.start))) ||
    (following !== undefined && LIST_GAP.test(text.slice(candidate.end, following.start)))
  );
}

function hasContextNearby(tokens: Token[], candidate: Candidate, context: string[]): boolean {
  if (context.length === 0) return false;
  const from = Math.max(0, candidate.first - CONTEXT_WINDOW_TOKENS);
  const to = Math.min(tokens.length, candidate.last + 1 + CONTEXT_WINDOW_TOKENS);
  const window = ` ${tokens
    .slice(from, to)
    .map((token) => token.norm)
    .join(' ')} `;
  return context.some((phrase) => window.includes(phrase));
}

function soleSkill(matches: SkillMatch[], skills: readonly TaxonomySkill[]): TaxonomySkill | undefined {
  if (matches.length !== 1) return undefined;
  return skills.find((skill) => skill.id === matches[0]?.id);
}

let defaultMatcher: SkillMatcher | null = null;

function bundledMatcher(): SkillMatcher {
  defaultMatcher ??= createSkillMatcher(TAXONOMY.skills);
  return defaultMatcher;
}

/** Skills in `text`, in order of appearance, using the bundled taxonomy. */
export function findSkills(text: string, options?: FindSkillsOptions): SkillMatch[] {
  return bundledMatcher().findSkills(text, options);
}

/** Maps a written skill ("k8s", "Javascript", "MS Excel") to its taxonomy entry, or null. */
export function normalizeSkill(raw: string): NormalizedSkill | null {
  return bundledMatcher().normalizeSkill(raw);
}
