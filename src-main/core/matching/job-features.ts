/**
 * Everything derived from one ParsedJob for search, dedupe and matching. Import computes the
 * search fields (`jobSearchFields`) and jobs.repository stores them in columns; the top terms only
 * matter for ranking and are filled in when a posting is first ranked (PERFORMANCE.md: bulk import
 * ≥ 0.8× a bare insert). `jobIndexFields` gives both, identically, when a single job is matched.
 */
import type { EducationLevel, ParsedJob, RemoteMode, SalaryPeriod } from '../../../src-preload/contract/job.types';
import type { Seniority } from '../../../src-preload/contract/resume.types';
import { topTerms } from './top-terms';
import {
  companyKeyPart,
  HASH64_START,
  hash64Lanes,
  hex16,
  indexText,
  normalizeForIndex,
  normalizeText,
  skillKey,
  titleKeyPart,
  urlKey,
  type Hash64Lanes,
} from './text';

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
  /** The text the FTS index gets (`indexText`): normalized, or plain ASCII in its own case. */
  ftsDescription: string;
  locationKey: string | null;
  urlKey: string | null;
  /** Identity of title + company, for near-duplicate candidates. */
  dedupeKey: string;
  topTerms: string[];
  skills: JobSkillRef[];
  salaryMinYear: number | null;
  salaryMaxYear: number | null;
  salaryCurrency: string | null;
  educationLevel: EducationLevel | null;
  educationRequired: boolean;
}

/** What import stores: everything but the top terms. */
export type JobSearchFields = Omit<JobIndexFields, 'topTerms'>;

/**
 * A pure function's results for the values postings repeat (titles, companies, places, skill
 * names), so a bulk import derives each once. Bounded: cleared when full.
 */
function memo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

const memoSkillKey = memo(4096, skillKey);
const memoLocationKey = memo(4096, (location) => normalizeText(location).replace(/\s+/g, ' ').trim());

interface TitlePart {
  ftsTitle: string;
  /** `titleCompanyKey`'s hash lanes after this title's key part and the separator. */
  keyLanes: Hash64Lanes;
}

const memoTitle = memo<TitlePart>(8192, (title) => {
  const ftsTitle = normalizeForIndex(title);
  const keyPart = titleKeyPart(title);
  return { ftsTitle, keyLanes: hash64Lanes(HASH64_START, `${keyPart}|`) };
});
const memoCompany = memo(8192, (company) => ({ ftsCompany: company ? normalizeForIndex(company) : '', keyPart: companyKeyPart(company) }));

export function yearly(value: number | null, period: SalaryPeriod | null): number | null {
  if (value === null || !Number.isFinite(value) || value <= 0) return null;
  return Math.round(value * PER_YEAR[period ?? 'year']);
}

/** Required and preferred skills with stable keys; a skill both required and preferred is required. */
export function jobSkills(job: ParsedJob): JobSkillRef[] {
  let byName: Map<string, string> | null = null;
  for (const r of job.requirements ?? []) {
    if (!r.skillId) continue;
    byName ??= new Map();
    byName.set(normalizeText(r.text), r.skillId);
    if (r.skillName) byName.set(normalizeText(r.skillName), r.skillId);
  }
  const out: JobSkillRef[] = [];
  for (const s of job.requiredSkills ?? []) addSkill(out, byName, s, 'required', null);
  for (const s of job.preferredSkills ?? []) addSkill(out, byName, s, 'preferred', null);
  for (const r of job.requirements ?? []) if (r.skillId) addSkill(out, byName, r.skillName ?? r.text, r.kind, r.skillId);
  return out;
}

/** Adds a skill under its key, first mention's name; required wins. A list: postings name a handful. */
function addSkill(out: JobSkillRef[], byName: Map<string, string> | null, name: string, kind: JobSkillRef['kind'], id: string | null): void {
  const key = id ?? byName?.get(normalizeText(name)) ?? memoSkillKey(name);
  if (!key) return;
  for (const prior of out) {
    if (prior.key !== key) continue;
    if (kind === 'required') prior.kind = 'required';
    return;
  }
  out.push({ key, name, kind });
}

/** `titleCompanyKey(title, company)`, from the title's memoized lanes. */
function dedupeKey(titleLanes: Hash64Lanes, companyKeyPart: string): string {
  const { a, b } = hash64Lanes(titleLanes, companyKeyPart);
  return hex16(a, b);
}

/** Search, dedupe and filter fields of a posting: what import stores. */
export function jobSearchFields(job: ParsedJob): JobSearchFields {
  const title = memoTitle(job.title);
  const company = memoCompany(job.company ?? '');
  const salary = job.salary;
  let min = salary ? yearly(salary.min, salary.period) : null;
  let max = salary ? yearly(salary.max, salary.period) : null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  return {
    ftsTitle: title.ftsTitle,
    ftsCompany: company.ftsCompany,
    ftsDescription: indexText(job.description ?? ''),
    locationKey: job.location ? memoLocationKey(job.location) : null,
    urlKey: urlKey(job.source?.url ?? job.applyUrl),
    dedupeKey: dedupeKey(title.keyLanes, company.keyPart),
    skills: jobSkills(job),
    salaryMinYear: min,
    salaryMaxYear: max,
    salaryCurrency: min !== null || max !== null ? (salary?.currency?.toUpperCase() ?? null) : null,
    educationLevel: job.education?.level ?? null,
    educationRequired: job.education?.required ?? false,
  };
}

export function jobIndexFields(job: ParsedJob): JobIndexFields {
  const fields = jobSearchFields(job);
  return { ...fields, topTerms: topTerms(fields.ftsTitle, fields.ftsCompany, fields.ftsDescription.toLowerCase()) };
}
