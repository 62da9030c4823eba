/**
 * The Jobs page's filters as the person sets them, and their translation to the contract's
 * `JobSearchInput` (and back, for saved searches). Pure functions.
 */
import type { EmploymentType, JobSearchInput, RemoteMode, Seniority } from '../../../src-preload/contract';
import { isoDaysAgo } from './job-format';

export type JobSortChoice = 'score' | 'date' | 'salary' | 'relevance';
export type PostedWithin = 'any' | '1' | '7' | '30' | '90';
export type StatusChoice = 'open' | 'closed' | 'all';
export type AppliedChoice = 'any' | 'yes' | 'no';

export interface JobFilters {
  text: string;
  remote: RemoteMode[];
  location: string;
  /** Yearly, as typed (empty for no floor). */
  minSalary: string;
  currency: string;
  seniority: Seniority[];
  employmentType: EmploymentType[];
  source: string[];
  postedWithin: PostedWithin;
  status: StatusChoice;
  savedOnly: boolean;
  applied: AppliedChoice;
  /** Main returns either visible or hidden postings: this shows the hidden ones. */
  showHidden: boolean;
  minScore: number;
  sort: JobSortChoice;
}

export const DEFAULT_FILTERS: JobFilters = {
  text: '',
  remote: [],
  location: '',
  minSalary: '',
  currency: '',
  seniority: [],
  employmentType: [],
  source: [],
  postedWithin: 'any',
  status: 'open',
  savedOnly: false,
  applied: 'any',
  showHidden: false,
  minScore: 0,
  sort: 'score',
};

/** True when anything narrows the list (the sort does not count). */
export function hasActiveFilters(f: JobFilters): boolean {
  const { sort: _sort, ...rest } = f;
  const { sort: _default, ...defaults } = DEFAULT_FILTERS;
  return JSON.stringify(rest) !== JSON.stringify(defaults);
}

export function parseSalary(text: string): number | null {
  const cleaned = text.replace(/[\s,_']/g, '').toLowerCase();
  const match = /^(\d+(?:\.\d+)?)(k)?$/.exec(cleaned);
  if (!match) return null;
  const value = Number(match[1]) * (match[2] ? 1000 : 1);
  return Number.isFinite(value) && value > 0 && value <= 10_000_000 ? Math.round(value) : null;
}

/** The filters as a `jobs:search` input (without paging). `now` makes "posted within" testable. */
export function toSearchInput(f: JobFilters, now: number = Date.now()): JobSearchInput {
  const input: JobSearchInput = {};
  const text = f.text.trim();
  if (text) input.text = text.slice(0, 500);
  if (f.remote.length) input.remote = [...f.remote];
  const location = f.location.trim();
  if (location) input.location = location.slice(0, 120);
  const salary = parseSalary(f.minSalary);
  if (salary !== null) {
    input.minSalary = salary;
    const currency = f.currency.trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(currency)) input.currency = currency;
  }
  if (f.seniority.length) input.seniority = [...f.seniority];
  if (f.employmentType.length) input.employmentType = [...f.employmentType];
  if (f.source.length) input.source = [...f.source];
  if (f.postedWithin !== 'any') input.postedFrom = isoDaysAgo(Number(f.postedWithin), now);
  if (f.status !== 'all') input.status = [f.status];
  if (f.savedOnly) input.saved = true;
  if (f.applied !== 'any') input.applied = f.applied === 'yes';
  if (f.showHidden) input.hidden = true;
  if (f.minScore > 0) input.minScore = Math.round(Math.min(100, f.minScore));
  // Relevance needs words to rank by; without them main's best-match order is the useful one.
  input.sort = f.sort === 'relevance' && !text ? 'score' : f.sort;
  return input;
}

const POSTED_STEPS: PostedWithin[] = ['1', '7', '30', '90'];

/** Back from a saved search's query to filters ("posted within" is rounded to the nearest step). */
export function fromSearchInput(q: JobSearchInput, now: number = Date.now()): JobFilters {
  let postedWithin: PostedWithin = 'any';
  if (q.postedFrom) {
    const days = Math.max(0, Math.floor((now - Date.parse(`${q.postedFrom.slice(0, 10)}T00:00:00Z`)) / 86_400_000));
    postedWithin = POSTED_STEPS.find((step) => Number(step) >= days) ?? '90';
  }
  const status = q.status?.length === 1 ? q.status[0]! : q.status?.length === 2 ? 'all' : 'open';
  return {
    ...DEFAULT_FILTERS,
    text: q.text ?? '',
    remote: q.remote ?? [],
    location: q.location ?? '',
    minSalary: q.minSalary !== undefined ? String(q.minSalary) : '',
    currency: q.currency ?? '',
    seniority: q.seniority ?? [],
    employmentType: q.employmentType ?? [],
    source: q.source ?? [],
    postedWithin,
    status,
    savedOnly: q.saved === true,
    applied: q.applied === undefined ? 'any' : q.applied ? 'yes' : 'no',
    showHidden: q.hidden === true,
    minScore: q.minScore ?? 0,
    sort: q.sort ?? 'score',
  };
}

/** A short description of a saved query for lists: "react · Remote · ≥ 70". */
export function describeSearch(q: JobSearchInput): string {
  const parts: string[] = [];
  if (q.text) parts.push(`“${q.text}”`);
  if (q.remote?.length) parts.push(q.remote.join('/'));
  if (q.location) parts.push(q.location);
  if (q.minSalary) parts.push(`≥ ${q.minSalary.toLocaleString()}${q.currency ? ` ${q.currency}` : ''}`);
  if (q.seniority?.length) parts.push(q.seniority.join('/'));
  if (q.minScore) parts.push(`score ≥ ${q.minScore}`);
  return parts.join(' · ') || 'All jobs';
}
