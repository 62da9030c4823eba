/**
 * Range forms the date tokens alone do not cover: an abbreviated end year ("2019–21"), month and
 * two-digit year on both ends ("03/19 – 05/21"), and an open end ("Dec 2019 –", still ongoing).
 */

/** "yy" after a four-digit start → the end year in the same century (or the next, "1998–02"). */
function expandYear(start: string, yy: string): string | null {
  const century = Number(start.slice(0, 2)) * 100;
  let year = century + Number(yy);
  if (year < Number(start)) year += 100;
  return year - Number(start) <= 60 ? String(year) : null;
}

/** After a bare start year: "–21", " - 21", " to 21" (not "- 21 people", not a day "-21.03."). */
export function shortEndYear(start: string, after: string): { endDate: string; length: number } | null {
  const m = /^\s*(?:[-–—]|to)\s*(\d{2})(?![\d/.:%,]|\s*(?:%|\p{L}))/u.exec(after);
  if (!m) return null;
  const endDate = expandYear(start, m[1]!);
  return endDate ? { endDate, length: m[0].length } : null;
}

/** A dash that ends the line after the start date: the range is still open. */
export const OPEN_END = /^\s*[-–—]\s*$/;

const MONTH_YY_RANGE =
  /(?<![\d/.])(0?[1-9]|1[0-2])\/(\d{2})\s*(?:[-–—]|to)\s*(?:(0?[1-9]|1[0-2])\/(\d{2})|(present|current|now|today))(?![\d/])/i;

const twoDigits = (yy: string) => String(Number(yy) > 50 ? 1900 + Number(yy) : 2000 + Number(yy));
const month = (mm: string) => mm.padStart(2, '0');

export interface ShortRange {
  startDate: string;
  endDate?: string;
  present: boolean;
  index: number;
  end: number;
}

/** "03/19 – 05/21", "9/20 - present": months with two-digit years, only as a range (a lone "3/19" is not a date). */
export function monthYearShortRange(text: string): ShortRange | null {
  const m = MONTH_YY_RANGE.exec(text);
  if (!m) return null;
  const startDate = `${twoDigits(m[2]!)}-${month(m[1]!)}`;
  const span = { index: m.index, end: m.index + m[0].length };
  if (m[5]) return { startDate, present: true, ...span };
  const endDate = `${twoDigits(m[4]!)}-${month(m[3]!)}`;
  return endDate >= startDate ? { startDate, endDate, present: false, ...span } : null;
}
