/** Job display helpers: labels, salary ranges and dates. Pure functions (tested without a DOM). */
import type { EmploymentType, RemoteMode, SalaryPeriod, Seniority } from '../../../src-preload/contract';

export const REMOTE_LABELS: Record<RemoteMode, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };

export const SENIORITY_LABELS: Record<Seniority, string> = {
  intern: 'Intern',
  entry: 'Entry level',
  junior: 'Junior',
  mid: 'Mid level',
  senior: 'Senior',
  lead: 'Lead',
  principal: 'Principal',
  executive: 'Executive',
};

export const EMPLOYMENT_LABELS: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
  volunteer: 'Volunteer',
  'per-diem': 'Per diem',
  other: 'Other',
};

const PERIOD_LABELS: Record<SalaryPeriod, string> = { hour: '/hr', day: '/day', week: '/wk', month: '/mo', year: '/yr' };

export function labelOf<K extends string>(labels: Record<K, string>, value: string | null | undefined): string | null {
  if (!value) return null;
  return (labels as Record<string, string>)[value] ?? value;
}

function money(value: number, currency: string | null, compact: boolean): string {
  const options: Intl.NumberFormatOptions = {
    minimumFractionDigits: 0,
    maximumFractionDigits: compact && value >= 1000 ? 1 : 0,
    ...(compact ? { notation: 'compact' as const } : {}),
  };
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(undefined, { ...options, style: 'currency', currency }).format(value);
    } catch {
      // An unknown code: fall through to the number and the code.
    }
  }
  const number = new Intl.NumberFormat(undefined, options).format(value);
  return currency ? `${number} ${currency}` : number;
}

/**
 * A salary range for people: "$120K–$150K /yr", "from €50K /yr", "up to £40 /hr".
 * Yearly figures are shown compact; other periods in full. Null when there is no figure.
 */
export function formatSalary(
  min: number | null | undefined,
  max: number | null | undefined,
  currency: string | null | undefined,
  period: SalaryPeriod | null = 'year',
): string | null {
  const low = typeof min === 'number' && Number.isFinite(min) && min > 0 ? min : null;
  const high = typeof max === 'number' && Number.isFinite(max) && max > 0 ? max : null;
  if (low === null && high === null) return null;
  const compact = period === 'year' || period === null;
  const code = currency ?? null;
  const suffix = period ? ` ${PERIOD_LABELS[period]}` : '';
  if (low !== null && high !== null && low !== high) return `${money(low, code, compact)}–${money(high, code, compact)}${suffix}`;
  if (low !== null && high !== null) return `${money(low, code, compact)}${suffix}`;
  if (low !== null) return `from ${money(low, code, compact)}${suffix}`;
  return `up to ${money(high!, code, compact)}${suffix}`;
}

/** ISO date `days` before `now` (YYYY-MM-DD), for "posted in the last N days". */
export function isoDaysAgo(days: number, now: number = Date.now()): string {
  return new Date(now - days * 86_400_000).toISOString().slice(0, 10);
}

/** A posting date ("2025-03-14" or a full ISO time) as "Mar 14, 2025"; the text itself when unreadable. */
export function formatPostedDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** "Acme on Greenhouse": the company when known, else the board's token. */
export function boardName(board: { company: string | null; token: string }): string {
  return board.company?.trim() || board.token;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
