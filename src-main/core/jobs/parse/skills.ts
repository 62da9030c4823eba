/**
 * Required and preferred skills. Every clause under a requirements or nice-to-have heading is
 * read; outside those headings only sentences that state a requirement ("requires", "the ideal
 * candidate will have") count, so responsibilities and company blurbs add nothing. A clause is
 * preferred under a nice-to-have heading or when it carries a cue ("… preferred", "a plus").
 *
 * Items come from three sources: taxonomy skills (`findSkills`), soft-skill phrases and lead-in
 * lists ("knowledge of X and Y"). A short lead-in item that contains one known skill is kept as
 * written ("data warehousing concepts"); a longer one, or one listing several skills
 * ("git/version control systems"), gives way to the skills inside it.
 */
import type { JobRequirement } from '../../../../src-preload/contract/job.types';
import { findSkills, normalizeSkill } from '../../skills/skill-matcher';
import { PREFERRED_CUE, REQUIREMENT_CUE } from './cues';
import { educationLevelOf, SENTENCE_END } from './education';
import { leadInItems } from './phrases';
import type { Section } from './sections';
import { findSoftSkills, type PhraseSpan } from './soft-skills';

interface KnownSpan extends PhraseSpan {
  skillId: string | null;
  skillName: string | null;
}

export interface SkillExtraction {
  requiredSkills: string[];
  preferredSkills: string[];
  requirements: JobRequirement[];
}

const CLAUSE_SPLIT =
  /;\s*|,\s+(?=(?:and\s+|but\s+)?(?:knowledge|experience|familiarity|understanding|exposure|proficiency|background|nice[- ]to[- ]have|preferably|ideally)\b)/i;
const MAX_WORDS_FOR_ITEM_WITH_SKILL = 4;

function overlaps(a: PhraseSpan, b: PhraseSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Longest span wins where spans overlap. */
function longestFirst<T extends PhraseSpan>(spans: T[]): T[] {
  const kept: T[] = [];
  for (const span of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!kept.some((other) => overlaps(other, span))) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function knownSpans(clause: string): KnownSpan[] {
  const taxonomy = findSkills(clause).map((match) => ({
    text: match.matched,
    start: match.index,
    end: match.index + match.matched.length,
    skillId: match.id,
    skillName: match.name,
  }));
  const soft = findSoftSkills(clause).map((span) => ({ ...span, skillId: null, skillName: null }));
  return longestFirst([...soft, ...taxonomy]);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A degree named among the requirements is one item: "Bachelor's degree in a quantitative field". */
function degreeItem(clause: string): KnownSpan | null {
  if (!educationLevelOf(clause)) return null;
  const match = /\b(?:bachelor|master|ph\.?d|doctora|associate|high school|b\.?s\b|m\.?s\b|mba|degree)/i.exec(clause);
  if (!match) return null;
  const rest = clause.slice(match.index).split(/\s+(?:is|are|with|or equivalent)\b|[(;,.]\s|\s[-–—]\s/)[0]?.trim() ?? '';
  if (wordCount(rest) > 10 || wordCount(rest) === 0) return null;
  return { text: rest, start: match.index, end: match.index + rest.length, skillId: null, skillName: null };
}

function clauseItems(clause: string): KnownSpan[] {
  const degree = degreeItem(clause);
  // After a degree come fields of study ("… in Statistics, Economics"), not skills.
  const known = knownSpans(clause).filter((span) => !degree || span.end <= degree.start);
  const protect = known.filter((span) => span.skillId === null);
  const items = leadInItems(clause, protect, (item) => known.some((span) => overlaps(span, item)));
  const chosen: KnownSpan[] = degree ? [degree] : [];
  const covered = new Set<KnownSpan>();
  for (const item of items) {
    if (degree && overlaps(item, degree)) continue;
    const inner = known.filter((span) => overlaps(span, item));
    if (inner.length > 0 && !keepsAsWritten(clause, item, inner)) continue;
    inner.forEach((span) => covered.add(span));
    const normalized = inner.length === 1 && inner[0]?.text === item.text ? inner[0] : null;
    chosen.push(normalized ?? { ...item, ...skillOf(item.text) });
  }
  chosen.push(...known.filter((span) => !covered.has(span)));
  return longestFirst(chosen);
}

/**
 * "Azure AI services" stays one item; "git/version control systems" (skills joined by a slash)
 * or a long phrase around a skill gives way to the skills inside it.
 */
function keepsAsWritten(clause: string, item: PhraseSpan, inner: KnownSpan[]): boolean {
  if (wordCount(item.text) > MAX_WORDS_FOR_ITEM_WITH_SKILL) return false;
  if (inner.length === 1) return true;
  for (let index = item.start; index < item.end; index += 1) {
    if (clause[index] === '/' && !inner.some((span) => index > span.start && index < span.end)) return false;
  }
  return true;
}

/** The taxonomy entry only when the whole item is that skill ("Azure App Service" is not "Azure"). */
function skillOf(text: string): { skillId: string | null; skillName: string | null } {
  const skill = normalizeSkill(text);
  const whole = findSkills(text, { list: true }).some((match) => match.matched.length === text.length);
  return whole && skill ? { skillId: skill.id, skillName: skill.name } : { skillId: null, skillName: null };
}

function clausesOf(sentence: string): string[] {
  return sentence
    .split(CLAUSE_SPLIT)
    .flatMap((part) => part.split(/,\s+(?=(?:and\s+)?nice[- ]to[- ]have\b)/i))
    .filter((part) => part.trim().length > 0);
}

function sentenceRequirements(sentence: string, sectionPreferred: boolean): JobRequirement[] {
  const found: JobRequirement[] = [];
  for (const clause of clausesOf(sentence)) {
    const kind = sectionPreferred || PREFERRED_CUE.test(clause) ? 'preferred' : 'required';
    for (const item of clauseItems(clause)) {
      found.push({ text: item.text.trim(), skillId: item.skillId, skillName: item.skillName, kind, sentence: sentence.trim() });
    }
  }
  return found;
}

function sectionSentences(section: Section): string[] {
  return section.lines.flatMap((line) => (line.bullet ? [line.text] : line.text.split(SENTENCE_END)));
}

function collect(sections: Section[]): JobRequirement[] {
  const found: JobRequirement[] = [];
  for (const section of sections) {
    const listed = section.kind === 'required' || section.kind === 'preferred';
    if (!listed && section.kind !== 'intro' && section.kind !== 'other') continue;
    for (const sentence of sectionSentences(section)) {
      if (!listed && !REQUIREMENT_CUE.test(sentence)) continue;
      const preferred = section.kind === 'preferred' || (!listed && PREFERRED_CUE.test(sentence));
      found.push(...sentenceRequirements(sentence, preferred));
    }
  }
  return found;
}

function keyOf(requirement: JobRequirement): string {
  return requirement.skillId ?? requirement.text.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim();
}

/** Dedupes by skill id or folded text; a skill both required and preferred is required. */
export function extractSkills(sections: Section[]): SkillExtraction {
  const all = collect(sections);
  const requiredKeys = new Set(all.filter((item) => item.kind === 'required').map(keyOf));
  const seen = new Set<string>();
  const requirements: JobRequirement[] = [];
  for (const item of [...all.filter((entry) => entry.kind === 'required'), ...all.filter((entry) => entry.kind === 'preferred')]) {
    const key = keyOf(item);
    if (seen.has(key) || (item.kind === 'preferred' && requiredKeys.has(key))) continue;
    seen.add(key);
    requirements.push(item);
  }
  return {
    requiredSkills: requirements.filter((item) => item.kind === 'required').map((item) => item.text),
    preferredSkills: requirements.filter((item) => item.kind === 'preferred').map((item) => item.text),
    requirements,
  };
}
