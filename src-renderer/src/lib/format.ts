/** Display formatting in the person's locale. Pure functions (tested without a DOM). */
import type { SourceFormat } from '../../../src-preload/contract';

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1).replace(/\.0$/, '')} ${units[unit]}`;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago". */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  let value = (then - now) / 1000;
  if (Math.abs(value) < 45) return 'just now';
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return rtf.format(Math.round(value), unit);
    value /= size;
  }
  return formatDate(iso);
}

const MONTHS_PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** JSON Resume partial dates (`2021`, `2021-03`, `2021-03-14`) as "2021", "Mar 2021". */
export function formatPartialDate(value: string | undefined): string {
  if (!value) return '';
  const match = MONTHS_PARTIAL.exec(value);
  if (!match) return value;
  const [, year, month] = match;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, 1));
  return date.toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export const FORMAT_LABELS: Record<SourceFormat, string> = {
  pdf: 'PDF',
  docx: 'DOCX',
  text: 'Text',
  markdown: 'Markdown',
  'json-resume': 'JSON Resume',
  linkedin: 'LinkedIn',
};

export function formatYears(years: number): string {
  const rounded = Math.round(years * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'year' : 'years'}`;
}
