/**
 * Everything derived from one ParsedJob for search, dedupe and matching, computed once at import
 * (jobs.repository stores it in columns) and again, identically, when a single job is matched.
 */
import type { EducationLevel, ParsedJob, RemoteMode, SalaryPeriod } from '../../../src-preload/contract/job.types';
import type { Seniority } from '../../../src-preload/contract/resume.types';
import { normalizeForIndex, normalizeText, scanPosting, skillKey, titleCompanyKey, urlKey } from './text';

export const SENIORITY_ORDER: readonly Seniority[] = ['intern', 'entry', 'junior', 'mid', 'senior', 'lead', 'principal', 'executive'];
export const EDUCATION_ORDER: readonly EducationLevel[] = ['high-school', 'associate', 'bachelor', 'master', 'doctorate'];
export const REMOTE_ORDER: readonly RemoteMode[] = ['remote', 'hybrid', 'onsite'];

/** Yearly multipliers; hours use the US federal 2,087 h/yr (DATA-SOURCES.md, USAJOBS). */
const PER_YEAR: Record<SalaryPeriod, number> = { hour: 2087, day: 260, week: 52, month: 12, year: 1 };

export interface JobSkillRef {
  /** Taxonomy id when the parser resolved one, else the normalized name (see `skillKey`). */
  key: string;
  name: string;
  kind: 'required' | 'preferred';
}

export interface JobIndexFields {
  ftsTitle: string;
  ftsCompany: string;
  ftsDescription: string;
  locationKey: string | null;
  urlKey: string | null;
  /** Identity of title + company, for near-duplicate candidates. */
  dedupeKey: string;
  /** Hash of the normalized words of title, company and text: equal for cosmetic differences. */
  contentHash: string;
  topTerms: string[];
  skills: JobSkillRef[];
  salaryMinYear: number | null;
  salaryMaxYear: number | null;
  salaryCurrency: string | null;
  educationLevel: EducationLevel | null;
  educationRequired: boolean;
}

export function yearly(value: number | null, period: SalaryPeriod | null): number | null {
  if (value === null || !Number.isFinite(value) || value <= 0) return null;
  return Math.round(value * PER_YEAR[period ?? 'year']);
}

/** Required and preferred skills with stable keys; a skill both required and preferred is required. */
export function jobSkills(job: ParsedJob): JobSkillRef[] {
  const byName = new Map<string, string>();
  for (const r of job.requirements ?? []) {
    if (!r.skillId) continue;
    byName.set(normalizeText(r.text), r.skillId);
    if (r.skillName) byName.set(normalizeText(r.skillName), r.skillId);
  }
  const out = new Map<string, JobSkillRef>();
  const add = (name: string, kind: JobSkillRef['kind'], id: string | null) => {
    const key = id ?? byName.get(normalizeText(name)) ?? skillKey(name);
    if (!key) return;
    const prior = out.get(key);
    if (!prior) out.set(key, { key, name, kind });
    else if (kind === 'required') prior.kind = 'required';
  };
  for (const s of job.requiredSkills ?? []) add(s, 'required', null);
  for (const s of job.preferredSkills ?? []) add(s, 'preferred', null);
  for (const r of job.requirements ?? []) if (r.skillId) add(r.skillName ?? r.text, r.kind, r.skillId);
  return [...out.values()];
}

export function jobIndexFields(job: ParsedJob): JobIndexFields {
  const ftsTitle = normalizeForIndex(job.title);
  const ftsCompany = job.company ? normalizeForIndex(job.company) : '';
  const ftsDescription = normalizeForIndex(job.description ?? '');
  const salary = job.salary;
  let min = salary ? yearly(salary.min, salary.period) : null;
  let max = salary ? yearly(salary.max, salary.period) : null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const scan = scanPosting(ftsTitle, ftsCompany, ftsDescription);
  return {
    ftsTitle,
    ftsCompany,
    ftsDescription,
    locationKey: job.location ? normalizeText(job.location).replace(/\s+/g, ' ').trim() : null,
    urlKey: urlKey(job.source?.url ?? job.applyUrl),
    dedupeKey: titleCompanyKey(job.title, job.company),
    contentHash: scan.contentHash,
    topTerms: scan.topTerms,
    skills: jobSkills(job),
    salaryMinYear: min,
    salaryMaxYear: max,
    salaryCurrency: min !== null || max !== null ? (salary?.currency?.toUpperCase() ?? null) : null,
    educationLevel: job.education?.level ?? null,
    educationRequired: job.education?.required ?? false,
  };
}
