/**
 * Required and preferred skills. Every clause under a requirements or nice-to-have heading is
 * read; outside those headings only sentences that state a requirement ("requires", "the ideal
 * candidate will have") count, so responsibilities and company blurbs add nothing. A clause is
 * preferred under a nice-to-have heading or when it carries a cue ("… preferred", "a plus").
 *
 * Items come from three sources: taxonomy skills (`findSkills`), soft-skill phrases and lead-in
 * lists ("knowledge of X and Y"). A short lead-in item that contains one known skill is kept as
 * written ("data warehousing concepts"); a longer one, or one listing several skills
 * ("git/version control systems"), gives way to the skills inside it. A short list entry with
 * nothing recognisable is kept whole. A required degree is the education field, not a skill (a
 * preferred one is listed as a nice-to-have), and a clause saying "not required" adds nothing.
 */
import type { JobRequirement } from '../../../../src-preload/contract/job.types';
import { findSkills, normalizeSkill } from '../../skills/skill-matcher';
import { PREFERRED_CUE, REQUIREMENT_CUE } from './cues';
import { educationLevelOf, SENTENCE_END } from './education';
import { cleanItem, leadInItems } from './phrases';
import type { Section } from './sections';
import { findSkillNouns, findSoftSkills, type PhraseSpan } from './soft-skills';

interface KnownSpan extends PhraseSpan {
  skillId: string | null;
  skillName: string | null;
  degree?: boolean;
}

export interface SkillExtraction {
  requiredSkills: string[];
  preferredSkills: string[];
  requirements: JobRequirement[];
}

const CLAUSE_SPLIT =
  /;\s*|,\s+(?=(?:and\s+|but\s+)?(?:knowledge|experience|familiarity|understanding|exposure|proficiency|background|nice[- ]to[- ]have|preferably|ideally)\b)/i;
const MAX_WORDS_FOR_ITEM_WITH_SKILL = 4;
/** A prose sentence with a nice-to-have cue counts when it names what it wants ("Experience with Spark is a plus"). */
const SKILL_LEAD = /\b(?:experience|knowledge|familiarity|exposure|understanding|proficiency|background|skills?)\b/i;

function namesSkill(sentence: string): boolean {
  return SKILL_LEAD.test(sentence) || findSkills(sentence).length > 0;
}

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

/** "Pharmacy technician certification", "RN license": the credential word belongs to the item. */
const CREDENTIAL_AFTER = /^\s+(?:certifications?|certificates?|certified|licen[cs]es?|licensure|registration)\b/i;

function withCredential<T extends PhraseSpan>(clause: string, span: T): T {
  const credential = CREDENTIAL_AFTER.exec(clause.slice(span.end))?.[0];
  // "BLS and ACLS certification": a credential word shared by a list stays with none of them.
  const shared = /(?:,|\band|\bor|&|\/)\s*$/i.test(clause.slice(0, span.start));
  return credential && !shared ? { ...span, text: clause.slice(span.start, span.end + credential.length), end: span.end + credential.length } : span;
}

function knownSpans(clause: string): KnownSpan[] {
  const taxonomy = findSkills(clause).map((match) =>
    withCredential(clause, {
      text: match.matched,
      start: match.index,
      end: match.index + match.matched.length,
      skillId: match.id,
      skillName: match.name,
    }),
  );
  const phrases = findSoftSkills(clause);
  const nouns = findSkillNouns(clause).filter((span) => !phrases.some((phrase) => overlaps(phrase, span)));
  const soft = [...phrases, ...nouns].map((span) => ({ ...span, skillId: null, skillName: null }));
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
  return { text: rest, start: match.index, end: match.index + rest.length, skillId: null, skillName: null, degree: true };
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
  // "Excel (pivot tables, VLOOKUP)": examples listed in brackets are items of their own.
  if (inner.length > 1 && /\([^)]*,[^)]*\)/.test(item.text)) return false;
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

/** "German is not required", "no experience necessary": named, but explicitly not asked for. */
const NOT_ASKED = /\b(?:not|never) (?:required|necessary|needed|mandatory|expected)\b|\bno (?:\w+ )?(?:\w+ )?(?:required|necessary|needed)\b/i;

/**
 * A short list entry with nothing recognisable in it ("Contributions to open-source projects")
 * is itself the requirement, unless it states a condition of the job ("Must be 18 or older").
 */
function wholeEntry(clause: string): KnownSpan[] {
  const item = cleanItem({ text: clause, start: 0, end: clause.length });
  if (!item || /\d/.test(item.text) || /^(?:must|able|availab\w*|willing\w*|you|we|our|ability|be)\b/i.test(item.text)) return [];
  return [{ ...item, skillId: null, skillName: null }];
}

function sentenceRequirements(sentence: string, sectionPreferred: boolean, listed: boolean): JobRequirement[] {
  const found: JobRequirement[] = [];
  for (const clause of clausesOf(sentence)) {
    if (NOT_ASKED.test(clause)) continue;
    const kind = sectionPreferred || PREFERRED_CUE.test(clause) ? 'preferred' : 'required';
    const items = clauseItems(clause);
    for (const item of items.length === 0 && listed ? wholeEntry(clause) : items) {
      // A required degree is the education requirement, not a skill; a preferred one is a nice-to-have.
      if (item.degree && kind === 'required') continue;
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
      if (!listed && !REQUIREMENT_CUE.test(sentence) && !(PREFERRED_CUE.test(sentence) && namesSkill(sentence))) continue;
      const preferred = section.kind === 'preferred' || (!listed && PREFERRED_CUE.test(sentence));
      found.push(...sentenceRequirements(sentence, preferred, listed));
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
