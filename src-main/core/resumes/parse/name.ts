/**
 * The person's name: among the first lines of page 1, a Markdown title first, then the largest type,
 * then a line that reads like a name rather than a job title ("SENIOR UX DESIGNER" above the name).
 * A name may share its line with the headline ("JANE DOE | Data Scientist") or be stacked over two
 * lines of the same large type ("JANE" / "DOE").
 */
import { findContacts } from './contact';
import { looksLikeLocation } from './location';
import { wordCount, type PLine } from './lines';
import { titleScore } from './roles';
import { headingKind } from './sections';

const CREDENTIALS = /,\s*(?:[A-Z][A-Za-z.-]{0,6}(?:\s*,\s*|\s*$))+$/;
const NOT_A_NAME = /^(?:curriculum vitae|curriculum|resume|résumé|cv|lebenslauf|hoja de vida|portfolio|contact)$/i;
/** "Dr. Amelia Ortiz": a form of address is not part of the name. */
const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|prof|sir|dame)\.?\s+(?=\p{Lu})/iu;
const PARTICLE = /^(?:de|da|di|do|dos|del|della|der|den|van|von|la|le|du|bin|al|el|y|e)$/i;

export interface NamePick {
  name: string;
  line: PLine;
  /** The rest of the line when the name shares it ("Data Scientist" after "JANE DOE |"). */
  rest?: string;
}

function cleanName(raw: string): string | null {
  let text = raw
    .replace(/^(?:name|nom|nombre)\s*:\s*/i, '')
    .replace(HONORIFIC, '')
    .trim();
  if (CREDENTIALS.test(text)) text = text.replace(CREDENTIALS, '').trim();
  const words = wordCount(text);
  if (words < 1 || words > 5 || text.length > 50 || NOT_A_NAME.test(text)) return null;
  if (/[\d@/\\|:]|https?|www\./i.test(text) || headingKind(text)) return null;
  if (!/^[\p{L}][\p{L}'’.\- ]+$/u.test(text)) return null;
  if (looksLikeLocation(text) && text.includes(',')) return null;
  return text;
}

/** A name's words start with a capital (or are particles: "van", "de la"); a job title's do not have to. */
export function nameLike(text: string): boolean {
  return !titleScore(text) && text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || PARTICLE.test(w));
}

function isContact(piece: string): boolean {
  const found = findContacts(piece);
  return found.emails.length + found.phones.length + found.urls.length > 0;
}

function candidate(line: PLine): NamePick | null {
  const whole = cleanName(line.text);
  if (whole) return { name: whole, line };
  const pieces = line.text.split(/\t|\s[|•·–—]\s/).map((p) => p.trim());
  // "JANE DOE | Data Scientist | jane@example.com | Denver, CO": the name, then headline and contact.
  const rest = pieces.slice(1).filter((p) => !isContact(p) && !looksLikeLocation(p));
  if (pieces.length < 2 || rest.length > 2) return null;
  const first = cleanName(pieces[0]!);
  return first && nameLike(first) ? { name: first, line, rest: rest.join(' · ') || pieces.slice(1).join(' · ') } : null;
}

/** Is `next` a better name line than `best`? Markdown title, then larger type, then name-like wording. */
function better(next: NamePick, best: NamePick): boolean {
  const h1 = (p: NamePick) => p.line.headingLevel === 1;
  if (h1(next) !== h1(best)) return h1(next);
  if (next.line.fontSize > best.line.fontSize + 0.5) return true;
  return Math.abs(next.line.fontSize - best.line.fontSize) <= 0.5 && nameLike(next.name) && !nameLike(best.name);
}

/** "JANE" over "DOE" in the same large type: one name on two lines. */
function stacked(best: NamePick, top: PLine[]): NamePick {
  const next = top[top.indexOf(best.line) + 1];
  if (!next || best.line.fontSize <= 0 || best.rest || wordCount(best.name) !== 1 || next.column !== best.line.column) return best;
  const second = cleanName(next.text);
  if (!second || wordCount(second) > 2 || Math.abs(next.fontSize - best.line.fontSize) > 0.5 || !nameLike(second)) return best;
  return { ...best, name: `${best.name} ${second}` };
}

export function pickName(lines: PLine[]): NamePick | null {
  const top = lines.filter((l) => l.page === 1).slice(0, 12);
  let best: NamePick | null = null;
  for (const line of top) {
    const found = candidate(line);
    if (found && (!best || better(found, best))) best = found;
  }
  return best && stacked(best, top);
}
