/**
 * Month arithmetic on JSON Resume partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
 * A month index is `year * 12 + (month - 1)`; intervals are [start, end) in months.
 */

export interface MonthInterval {
  start: number;
  /** Exclusive. */
  end: number;
}

export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/;

export function monthIndex(date: string | undefined): number | null {
  const match = date ? PARTIAL_DATE.exec(date.trim()) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  if (month < 1 || month > 12) return null;
  return year * 12 + (month - 1);
}

export function datePrecision(date: string | undefined): DatePrecision | null {
  const match = date ? PARTIAL_DATE.exec(date.trim()) : null;
  if (!match) return null;
  return match[3] ? 'day' : match[2] ? 'month' : 'year';
}

export function monthOf(now: Date): number {
  return now.getUTCFullYear() * 12 + now.getUTCMonth();
}

/** `2021-03` for a month index. */
export function formatMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** An entry's interval; a missing end date means "present". Null when the start is missing or invalid. */
export function entryInterval(startDate: string | undefined, endDate: string | undefined, now: Date): MonthInterval | null {
  const start = monthIndex(startDate);
  if (start === null) return null;
  const endMonth = endDate ? monthIndex(endDate) : monthOf(now);
  if (endMonth === null || endMonth < start) return null;
  return { start, end: endMonth + 1 };
}

/** Sorted, non-overlapping union of the intervals (touching intervals join). */
export function mergeIntervals(intervals: readonly MonthInterval[]): MonthInterval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: MonthInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

export function totalMonths(intervals: readonly MonthInterval[]): number {
  return mergeIntervals(intervals).reduce((sum, interval) => sum + (interval.end - interval.start), 0);
}

export function monthsToYears(months: number): number {
  return Math.round((months / 12) * 10) / 10;
}
