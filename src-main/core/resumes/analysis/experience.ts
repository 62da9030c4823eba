/**
 * Experience facts from dated work entries: total years (overlaps merged), gaps between jobs,
 * overlapping jobs, and a seniority estimate from years and job titles.
 */
import type { ResumeWork, Seniority } from '../../../../src-preload/contract/resume.types';
import { entryInterval, formatMonth, mergeIntervals, monthsToYears, totalMonths, type MonthInterval } from './dates';

export interface WorkSpan {
  index: number;
  label: string;
  interval: MonthInterval;
}

export interface EmploymentGap {
  from: string;
  to: string;
  months: number;
}

export interface Overlap {
  first: WorkSpan;
  second: WorkSpan;
  months: number;
}

export const GAP_THRESHOLD_MONTHS = 3;
const OVERLAP_THRESHOLD_MONTHS = 1;

export function workLabel(work: ResumeWork, index: number): string {
  return work.name?.trim() || work.position?.trim() || `role ${index + 1}`;
}

export function workSpans(work: readonly ResumeWork[], now: Date): WorkSpan[] {
  const spans: WorkSpan[] = [];
  work.forEach((entry, index) => {
    const interval = entryInterval(entry.startDate, entry.endDate, now);
    if (interval) spans.push({ index, label: workLabel(entry, index), interval });
  });
  return spans;
}

export function totalYears(spans: readonly WorkSpan[]): number {
  return monthsToYears(totalMonths(spans.map((span) => span.interval)));
}

/** Gaps longer than three months between merged work periods, most recent first. */
export function findGaps(intervals: readonly MonthInterval[]): EmploymentGap[] {
  const merged = mergeIntervals(intervals);
  const gaps: EmploymentGap[] = [];
  for (let index = 1; index < merged.length; index += 1) {
    const previous = merged[index - 1];
    const next = merged[index];
    if (!previous || !next) continue;
    const months = next.start - previous.end;
    if (months > GAP_THRESHOLD_MONTHS) gaps.push({ from: formatMonth(previous.end - 1), to: formatMonth(next.start), months });
  }
  return gaps.reverse();
}

export function findOverlaps(spans: readonly WorkSpan[]): Overlap[] {
  const overlaps: Overlap[] = [];
  for (let a = 0; a < spans.length; a += 1) {
    for (let b = a + 1; b < spans.length; b += 1) {
      const first = spans[a];
      const second = spans[b];
      if (!first || !second) continue;
      const months = Math.min(first.interval.end, second.interval.end) - Math.max(first.interval.start, second.interval.start);
      if (months > OVERLAP_THRESHOLD_MONTHS) overlaps.push({ first, second, months });
    }
  }
  return overlaps;
}

const SENIORITY_ORDER: Seniority[] = ['intern', 'entry', 'junior', 'mid', 'senior', 'lead', 'principal', 'executive'];

const TITLE_LEVELS: [RegExp, Seniority][] = [
  [/\b(chief|ceo|cto|cfo|coo|cio|cmo|vp|svp|evp|vice president|president|director|head of|partner|general manager)\b/i, 'executive'],
  [/\b(principal|distinguished|fellow|architect)\b/i, 'principal'],
  [/\b(lead|staff|manager|supervisor|team leader|foreman|charge nurse|superintendent)\b/i, 'lead'],
  [/\b(senior|sr\.?|experienced|specialist ii+|level iii)\b/i, 'senior'],
  [/\b(junior|jr\.?|associate|assistant|trainee|apprentice|entry[- ]level|graduate)\b/i, 'junior'],
  [/\b(intern|internship|co-?op|student)\b/i, 'intern'],
];

export function titleSeniority(title: string | undefined): Seniority | null {
  if (!title) return null;
  return TITLE_LEVELS.find(([pattern]) => pattern.test(title))?.[1] ?? null;
}

function yearsSeniority(years: number): Seniority {
  if (years < 1) return 'entry';
  if (years < 3) return 'junior';
  if (years < 6) return 'mid';
  return 'senior';
}

function rank(level: Seniority): number {
  return SENIORITY_ORDER.indexOf(level);
}

/**
 * Seniority from the most recent role's title and total years. An explicit junior/intern title wins;
 * otherwise the higher of the two, with leadership titles capped by years (a "Director" with one
 * year of experience is more likely a small-company title than an executive).
 */
export function estimateSeniority(work: readonly ResumeWork[], spans: readonly WorkSpan[], years: number): Seniority {
  const latest = [...spans].sort((a, b) => b.interval.end - a.interval.end || b.interval.start - a.interval.start)[0];
  const title = latest ? work[latest.index]?.position : work[0]?.position;
  const fromTitle = titleSeniority(title);
  const allInternships = work.length > 0 && work.every((entry) => titleSeniority(entry.position) === 'intern');
  if (allInternships) return 'intern';
  const fromYears = yearsSeniority(years);
  if (!fromTitle || fromTitle === 'intern') return fromYears;
  if (fromTitle === 'junior') return rank(fromYears) > rank('mid') ? 'mid' : 'junior';
  const capped = years < 3 ? 'mid' : years < 5 && rank(fromTitle) > rank('lead') ? 'lead' : fromTitle;
  return rank(capped) > rank(fromYears) ? capped : fromYears;
}
