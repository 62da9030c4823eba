/**
 * Splits a section into entries (one job, one degree, one project) by layout: header-looking lines
 * (short, bold, dated, no final period) before bullets, and indentation for wrapped lines. A run of
 * header lines with several date lines is several entries ("Company / Title <tab> dates" repeated
 * with no bullets); `roleOf` lets a section split a run when a role repeats (a second institution).
 */
import { findDateRange } from './dates';
import { wordCount, type PLine } from './lines';
import { looksLikeSentence } from './sentence';

export interface Entry {
  header: PLine[];
  body: PLine[];
}

export function hasDate(line: PLine): boolean {
  return findDateRange(line.text) !== null;
}

/** Joins wrapped lines: indented under a bullet, starting in lower case, or after a trailing comma. */
function isContinuation(line: PLine, prev: PLine | undefined, inBody: boolean, bulletX: number | null): boolean {
  if (!prev || line.bullet || line.column !== prev.column || hasDate(line)) return false;
  if (/^\p{Ll}/u.test(line.text)) return true;
  if (inBody && bulletX !== null && line.x > bulletX + 2 && line.page === prev.page) return true;
  return inBody && /[,&/]$/.test(prev.text);
}

/** A full stop ends a sentence, not "Acme Inc." or "Ejemplo S.A.". */
function endsSentence(text: string, words: number): boolean {
  if (/[!?]$/.test(text)) return true;
  if (!/\.$/.test(text) || words <= 4) return false;
  return !/\b(?:inc|ltd|corp|co|llc|plc|jr|sr|st|dept|univ)\.$/i.test(text) && !/\b\p{L}\.\p{L}\.$/u.test(text);
}

/**
 * PDFs often draw bullets as shapes, leaving list items as plain lines indented past the entry
 * headers. In a section without any bullet, lines sharing one indent deeper than the left edge
 * (at least two of them; not bold, no layout gap, no date range) are list items.
 */
function drawnBulletItems(lines: PLine[]): Set<PLine> {
  const none = new Set<PLine>();
  if (lines.some((l) => l.bullet)) return none;
  const placed = lines.filter((l) => l.fontSize > 0 && l.x > 0);
  if (placed.length < 3) return none;
  const left = Math.min(...placed.map((l) => l.x));
  const range = (l: PLine) => findDateRange(l.text)?.single === false;
  const candidates = placed.filter((l) => l.x > left + 8 && !l.bold && !l.text.includes('\t') && !range(l));
  const byX = new Map<number, PLine[]>();
  for (const l of candidates) byX.set(Math.round(l.x), [...(byX.get(Math.round(l.x)) ?? []), l]);
  // The most used indent; on a tie the deeper one (titles indented under a company sit shallower).
  const best = [...byX.values()].sort((a, b) => b.length - a.length || b[0]!.x - a[0]!.x)[0];
  return best && best.length >= 2 ? new Set(best) : none;
}

/** Pass 1: runs of header lines, each with the body lines that follow it. */
function headerRuns(lines: PLine[]): Entry[] {
  const entries: Entry[] = [];
  const boldShare = lines.length ? lines.filter((l) => l.bold).length / lines.length : 0;
  const boldMeaningful = boldShare > 0 && boldShare < 0.7;
  const drawn = drawnBulletItems(lines);
  let cur: Entry | null = null;
  let inBody = false;
  let prev: PLine | undefined;
  let bulletX: number | null = null;
  const start = (): Entry => {
    cur = { header: [], body: [] };
    entries.push(cur);
    inBody = false;
    return cur;
  };
  for (const line of lines) {
    const target = cur as Entry | null;
    if (target && isContinuation(line, prev, inBody, bulletX)) {
      const list = inBody ? target.body : target.header;
      const last = list[list.length - 1];
      if (last) {
        list[list.length - 1] = { ...last, text: `${last.text.replace(/-$/, '')}${/-$/.test(last.text) ? '' : ' '}${line.text}` };
        prev = line;
        continue;
      }
    }
    prev = line;
    const item = line.bullet || drawn.has(line);
    bulletX = item && line.x > 0 ? line.x : null;
    const words = wordCount(line.text);
    const headerish =
      !item &&
      (hasDate(line) ||
        (boldMeaningful && line.bold && words <= 14) ||
        (words <= 10 && !endsSentence(line.text, words) && !looksLikeSentence(line.text)));
    if (!headerish) {
      (cur ?? start()).body.push(line);
      inBody = true;
      continue;
    }
    (cur === null || inBody ? start() : (cur as Entry)).header.push(line);
  }
  return entries;
}

/** A lone year inside a parenthetical aside: "(acquired by Orbis in 2023)", "(founded 1998)". */
function asideDate(line: PLine): boolean {
  const range = findDateRange(line.text);
  if (!range?.single) return false;
  const open = line.text.lastIndexOf('(', range.index);
  const close = line.text.indexOf(')', range.end);
  return open >= 0 && close >= 0 && !line.text.slice(open, range.index).includes(')') && /\p{L}{3}/u.test(line.text.slice(open, close));
}

/**
 * Several date lines in one header run: each entry has one. The first entry shows how many lines
 * come before its date line (0 when dates lead); later entries start that many lines before theirs,
 * or earlier at a line repeating a role the entry before already has (a second institution).
 */
function splitByDates(header: PLine[], roleOf: (line: PLine) => string | null): PLine[][] | null {
  const ranged = header.some((l) => findDateRange(l.text)?.single === false);
  // Next to a line with a range, a year in an aside is part of a name, not another entry's date.
  const dated = header.flatMap((l, i) => (hasDate(l) && !(ranged && asideDate(l)) ? [i] : []));
  if (dated.length < 2) return null;
  const lead = dated[0]!;
  const starts = [0];
  for (let k = 1; k < dated.length; k++) {
    const from = starts[k - 1]!;
    let start = Math.max(dated[k - 1]! + 1, dated[k]! - lead);
    for (let i = dated[k - 1]! + 1; i < start; i++) {
      const role = roleOf(header[i]!);
      if (role && header.slice(from, i).some((l) => roleOf(l) === role)) start = i;
    }
    starts.push(start);
  }
  return starts.map((s, k) => header.slice(s, starts[k + 1] ?? header.length));
}

/** Without dates to go by: a repeated role (a second institution) or a fifth line starts an entry. */
function splitByRoles(header: PLine[], roleOf: (line: PLine) => string | null): PLine[][] {
  const groups: PLine[][] = [];
  let cur: PLine[] = [];
  let roles = new Set<string>();
  for (const line of header) {
    const role = roleOf(line);
    if (cur.length && ((role !== null && roles.has(role)) || cur.length >= 4)) {
      groups.push(cur);
      cur = [];
      roles = new Set();
    }
    cur.push(line);
    if (role) roles.add(role);
  }
  if (cur.length) groups.push(cur);
  return groups;
}

export function splitEntries(lines: PLine[], roleOf: (line: PLine) => string | null = () => null): Entry[] {
  const entries: Entry[] = [];
  for (const run of headerRuns(lines)) {
    const groups = splitByDates(run.header, roleOf) ?? splitByRoles(run.header, roleOf);
    if (!groups.length) groups.push([]);
    groups.forEach((header, i) => entries.push({ header, body: i === groups.length - 1 ? run.body : [] }));
  }
  return entries.filter((e) => e.header.length || e.body.length);
}

/** Bullet and paragraph lines of an entry as plain strings. */
export function bodyTexts(entry: Entry): string[] {
  return entry.body.map((l) => l.text.trim()).filter(Boolean);
}
