/**
 * Which of a posting's skills a piece of resume text mentions. Uses the match result when the
 * caller has one (its matching skills are the ones the resume evidences), else the posting's
 * own required/preferred lists; both are normalized through the taxonomy.
 */
import type { ParsedJob } from '../../../src-preload/contract/job.types';
import type { MatchResult } from '../../../src-preload/contract/match.types';
import { findSkills, normalizeSkill } from '../skills/skill-matcher';

/** The part of a MatchResult the coach uses (structural, so any matcher's result fits). */
export type MatchSkills = Pick<MatchResult, 'matchingSkills' | 'missingSkills'>;

export interface JobSkillTargets {
  /** Skill key (taxonomy id, or lower-case text when unknown) → display name. */
  required: Map<string, string>;
  preferred: Map<string, string>;
}

const UNKNOWN_PREFIX = 'text:';

export function skillKey(name: string): { key: string; name: string } {
  const known = normalizeSkill(name);
  return known ? { key: known.id, name: known.name } : { key: `${UNKNOWN_PREFIX}${name.trim().toLowerCase()}`, name: name.trim() };
}

function toMap(names: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const name of names) {
    if (!name.trim()) continue;
    const { key, name: display } = skillKey(name);
    if (!map.has(key)) map.set(key, display);
  }
  return map;
}

export function jobSkillTargets(job: ParsedJob, match?: MatchSkills): JobSkillTargets {
  const required = toMap([...(match?.matchingSkills.required ?? []), ...job.requiredSkills]);
  const preferred = toMap([...(match?.matchingSkills.preferred ?? []), ...job.preferredSkills]);
  for (const key of required.keys()) preferred.delete(key);
  return { required, preferred };
}

export interface SkillHits {
  required: string[];
  preferred: string[];
  /** 2 per required skill, 1 per preferred. */
  score: number;
}

/** The posting's skills that `text` mentions, as display names. */
export function skillHits(text: string, targets: JobSkillTargets): SkillHits {
  const keys = new Set<string>(findSkills(text).map((match) => match.id));
  const lower = ` ${text.toLowerCase()} `;
  // Ambiguous short names ("Go", "R") need context for the matcher; written exactly as the posting names them, they count.
  const exact = (name: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(name)}(?![\\p{L}\\p{N}-])`, 'u').test(text);
  const hit = (map: Map<string, string>): string[] =>
    [...map.entries()]
      .filter(([key, name]) => keys.has(key) || (key.startsWith(UNKNOWN_PREFIX) ? lower.includes(` ${name.toLowerCase()} `) : exact(name)))
      .map(([, name]) => name);
  const required = hit(targets.required);
  const preferred = hit(targets.preferred);
  return { required, preferred, score: required.length * 2 + preferred.length };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
