/**
 * What matching needs from a resume and the person's preferences, computed once per ranking run
 * (never per posting).
 */
import type { JobPreferences } from '../../../src-preload/contract/match.types';
import type { RemoteMode } from '../../../src-preload/contract/job.types';
import type { ResumeAnalysis, ResumeProfile, SkillFinding } from '../../../src-preload/contract/resume.types';
import { SENIORITY_ORDER } from './job-features';
import { normalizeForIndex, normalizeText, skillKey, stem, titleTerms, words } from './text';

export interface ResumeInput {
  profile: ResumeProfile;
  analysis: ResumeAnalysis;
}

/** A skill weighs 1 when a role shows it in use, less when it is only listed (skills section, summary…). */
export const LISTED_ONLY_SKILL_WEIGHT = 0.8;

export interface ResumeSkill {
  name: string;
  weight: number;
  /** Where it appears; empty for skills only found in the profile's skills list. */
  sources: SkillFinding['sources'];
}

export interface ResumeRole {
  company: string;
  position: string;
  /** Normalized text of the role (position, summary, highlights). */
  text: string;
}

export interface ResumeFeatures {
  /** Every key a skill can be found under (taxonomy id, normalized name, aliases). */
  skills: Map<string, ResumeSkill>;
  /** Stemmed words of the whole resume (presence only: repeating a word earns nothing). */
  terms: Set<string>;
  /** Title terms of the titles the person targets (preferences first, else recent positions). */
  titleTargets: string[][];
  years: number;
  /** Index in SENIORITY_ORDER. */
  seniority: number;
  /** Index in EDUCATION_ORDER, -1 when none found. */
  education: number;
  roles: ResumeRole[];
  prefs: {
    locations: string[];
    remote: RemoteMode[];
    minSalary: number | null;
    currency: string | null;
  };
}

const DEGREE_PATTERNS: [number, RegExp][] = [
  [4, /\b(phd|ph d|doctor|doctorate|dphil|edd)\b/],
  [3, /\b(master|masters|msc|ms|ma|mba|meng|mphil|m sc|m s|m a)\b/],
  [2, /\b(bachelor|bachelors|bsc|bs|ba|beng|btech|b sc|b s|b a|ab|licence|licenciatura)\b/],
  [1, /\b(associate|aa|aas)\b/],
  [0, /\b(high school|ged|secondary|a levels?|baccalaureate)\b/],
];

export function educationLevelOf(text: string): number {
  const t = words(normalizeText(text)).join(' ');
  for (const [level, pattern] of DEGREE_PATTERNS) if (pattern.test(t)) return level;
  return -1;
}

function collectText(profile: ResumeProfile): string[] {
  const out: string[] = [];
  const push = (v: string | undefined) => {
    if (v) out.push(v);
  };
  push(profile.basics?.label);
  push(profile.basics?.summary);
  for (const w of profile.work ?? []) {
    push(w.position);
    push(w.summary);
    for (const h of w.highlights ?? []) push(h);
  }
  for (const p of profile.projects ?? []) {
    push(p.name);
    push(p.description);
    for (const h of p.highlights ?? []) push(h);
    for (const k of p.keywords ?? []) push(k);
  }
  for (const s of profile.skills ?? []) {
    push(s.name);
    for (const k of s.keywords ?? []) push(k);
  }
  for (const e of profile.education ?? []) {
    push(e.area);
    push(e.studyType);
    for (const c of e.courses ?? []) push(c);
  }
  for (const c of profile.certificates ?? []) push(c.name);
  for (const v of profile.volunteer ?? []) {
    push(v.position);
    push(v.summary);
    for (const h of v.highlights ?? []) push(h);
  }
  return out;
}

function resumeSkills(input: ResumeInput): Map<string, ResumeSkill> {
  const map = new Map<string, ResumeSkill>();
  const add = (keys: string[], skill: ResumeSkill) => {
    for (const key of keys) {
      if (!key) continue;
      const prior = map.get(key);
      if (!prior || prior.weight < skill.weight) map.set(key, skill);
    }
  };
  for (const finding of input.analysis.skills ?? []) {
    const weight = finding.sources.includes('work') ? 1 : LISTED_ONLY_SKILL_WEIGHT;
    add([finding.id, skillKey(finding.name), ...finding.aliases.map(skillKey)], { name: finding.name, weight, sources: finding.sources });
  }
  for (const s of input.profile.skills ?? []) {
    for (const name of [s.name, ...(s.keywords ?? [])]) {
      if (!name) continue;
      const key = skillKey(name);
      if (!map.has(key)) add([key], { name, weight: LISTED_ONLY_SKILL_WEIGHT, sources: ['skills'] });
    }
  }
  return map;
}

function byRecency(a: { startDate?: string; endDate?: string }, b: { startDate?: string; endDate?: string }): number {
  const end = (x: { endDate?: string; startDate?: string }) => (x.startDate && !x.endDate ? '9999' : (x.endDate ?? x.startDate ?? ''));
  return end(b).localeCompare(end(a));
}

export function resumeFeatures(input: ResumeInput, prefs: JobPreferences): ResumeFeatures {
  const { profile, analysis } = input;
  const terms = new Set<string>();
  for (const text of collectText(profile)) for (const w of words(normalizeForIndex(text))) terms.add(stem(w));
  const work = [...(profile.work ?? [])].sort(byRecency);
  const titleSources = prefs.titles.length > 0 ? prefs.titles : [...work.slice(0, 3).map((w) => w.position ?? ''), profile.basics?.label ?? ''];
  const titleTargets = titleSources.map(titleTerms).filter((t) => t.length > 0).slice(0, 16);
  let education = -1;
  for (const e of profile.education ?? []) education = Math.max(education, educationLevelOf(`${e.studyType ?? ''} ${e.area ?? ''}`));
  return {
    skills: resumeSkills(input),
    terms,
    titleTargets,
    years: analysis.totalYearsExperience ?? 0,
    seniority: Math.max(0, SENIORITY_ORDER.indexOf(analysis.seniority)),
    education,
    roles: work
      .filter((w) => w.name || w.position)
      .map((w) => ({
        company: w.name ?? '',
        position: w.position ?? '',
        text: normalizeForIndex([w.position, w.summary, ...(w.highlights ?? [])].filter(Boolean).join(' \n ')),
      })),
    prefs: {
      locations: prefs.locations.map((l) => normalizeText(l).trim()).filter(Boolean),
      remote: [...prefs.remote],
      minSalary: prefs.minSalary && prefs.minSalary > 0 ? prefs.minSalary : null,
      currency: prefs.currency ? prefs.currency.toUpperCase() : null,
    },
  };
}
