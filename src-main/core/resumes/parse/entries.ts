/**
 * Splits a section into entries (one job, one degree, one project) by layout: date lines,
 * header-looking lines (short, bold, no final period) before bullets, and indentation for wrapped
 * lines. `roleOf` lets a section start a new entry when a role repeats (a second institution).
 */
import { findDateRange } from './dates';
import { wordCount, type PLine } from './lines';

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

export function splitEntries(lines: PLine[], roleOf: (line: PLine) => string | null = () => null): Entry[] {
  const entries: Entry[] = [];
  const boldShare = lines.length ? lines.filter((l) => l.bold).length / lines.length : 0;
  const boldMeaningful = boldShare > 0 && boldShare < 0.7;
  let cur = null as Entry | null;
  let inBody = false;
  let roles = new Set<string>();
  let prev: PLine | undefined;
  let bulletX: number | null = null;
  const start = () => {
    cur = { header: [], body: [] };
    entries.push(cur);
    inBody = false;
    roles = new Set();
    return cur;
  };
  for (const line of lines) {
    const target = cur as Entry | null;
    if (target && isContinuation(line, prev, inBody, bulletX)) {
      const list: PLine[] = inBody ? target.body : target.header;
      const last = list[list.length - 1];
      if (last) {
        list[list.length - 1] = { ...last, text: `${last.text.replace(/-$/, '')}${/-$/.test(last.text) ? '' : ' '}${line.text}` };
        prev = line;
        continue;
      }
    }
    prev = line;
    bulletX = line.bullet && line.x > 0 ? line.x : null;
    if (line.bullet) {
      (cur ?? start()).body.push(line);
      inBody = true;
      continue;
    }
    const dated = hasDate(line);
    const words = wordCount(line.text);
    const headerish = dated || (boldMeaningful && line.bold && words <= 14) || (words <= 10 && !endsSentence(line.text, words));
    if (!headerish) {
      (cur ?? start()).body.push(line);
      inBody = true;
      continue;
    }
    const role = roleOf(line);
    const current = cur as Entry | null;
    const needNew = !current || inBody || (role !== null && roles.has(role)) || (dated && roles.has('date')) || current.header.length >= 4;
    const entry: Entry = needNew ? start() : current!;
    entry.header.push(line);
    if (role) roles.add(role);
    if (dated) roles.add('date');
  }
  return entries.filter((e) => e.header.length || e.body.length);
}

/** Bullet and paragraph lines of an entry as plain strings. */
export function bodyTexts(entry: Entry): string[] {
  return entry.body.map((l) => l.text.trim()).filter(Boolean);
}
