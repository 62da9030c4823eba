/**
 * Section headings, found by wording (English, French, Spanish, German) and by layout (heading
 * styles, bold, capitals, size, a line of its own). Headings whose wording is unknown count only when
 * they look exactly like the known headings of the same document (same size and case), so a bold
 * company name is not mistaken for a section.
 */
import type { SectionKind } from '../../../../src-preload/contract/resume.types';
import { findDateRange } from './dates';
import { CORES, FILLER } from './heading-words';
import { isAllCaps, normalize, wordCount, type PLine } from './lines';
import { titleScore } from './roles';

/** Letter-spaced capitals ("E X P E R I E N C E") → "EXPERIENCE". */
function unspace(text: string): string {
  return /^(?:\p{L} ){3,}\p{L}$/u.test(text.trim()) ? text.replace(/ /g, '') : text;
}

const SORTED_CORES: [SectionKind, string[]][] = CORES.map(([kind, words]) => [kind, words.slice().sort((a, b) => b.length - a.length)]);
const VOCABULARY = new Set([...CORES.flatMap(([, words]) => words.flatMap((w) => w.split(' '))), ...FILLER]);
const headingCache = new Map<string, SectionKind | null>();
export function resetHeadingCache(): void {
  headingCache.clear();
}

export function headingKind(text: string): SectionKind | null {
  if (text.length > 60) return null;
  const cached = headingCache.get(text);
  if (cached !== undefined) return cached;
  const kind = computeHeadingKind(text);
  if (headingCache.size > 5000) headingCache.clear();
  headingCache.set(text, kind);
  return kind;
}

/** Head nouns a styled heading may end on after one word of its own ("Clinical Experience", "Python Skills"). */
const HEAD_NOUNS = new Set(
  'experience experiences skills projects education training certifications awards publications activities involvement history interests competencies qualifications expertise background employment'.split(
    ' ',
  ),
);

/** With `slack` 1, one word outside the heading vocabulary may precede a head noun. */
function computeHeadingKind(text: string, slack = 0): SectionKind | null {
  const raw = unspace(text.trim().replace(/[:：]\s*$/, ''));
  if (raw.length > 48 || wordCount(raw) > 6 || /\d{3,}|@/.test(raw)) return null;
  const norm = normalize(raw);
  if (!norm) return null;
  // Cheap rejection: every word must be heading vocabulary.
  const words = norm.split(' ');
  let unknown = 0;
  for (const word of words) if (!VOCABULARY.has(word) && ++unknown > slack) return null;
  if (unknown && !HEAD_NOUNS.has(words[words.length - 1]!)) return null;
  // "Programming languages", "Languages & Tools" are skills headings, not spoken languages.
  if (/\b(programming|computer|coding)\b.*\blanguages?\b/.test(norm)) return 'skills';
  if (/\blanguages?\b/.test(norm) && /\b(tools|technologies|frameworks|libraries|platforms|databases|software)\b/.test(norm))
    return 'skills';
  let rest = ` ${norm} `;
  const found: SectionKind[] = [];
  for (const [kind, words] of SORTED_CORES) {
    for (const w of words) {
      if (rest.includes(` ${w} `)) {
        found.push(kind);
        rest = rest.split(` ${w} `).join(' ');
      }
    }
  }
  if (!found.length) return null;
  const leftover = rest.split(' ').filter((w) => w && !FILLER.has(w));
  return leftover.length <= unknown ? mixedKind(found, norm) : null;
}

/**
 * A heading naming jobs and something else ("Experience & Projects", "Employment & Volunteering")
 * holds jobs: reading them as projects or volunteering would lose every job, the costlier mistake.
 * "Volunteer Experience" names only volunteering ("experience" is its head noun, not a second kind).
 */
function mixedKind(found: SectionKind[], norm: string): SectionKind {
  const first = found[0]!;
  if (!found.includes('work')) return first;
  if (first === 'projects' && /\b(employment|work|career|jobs?|professional|experience)\b/.test(norm)) return 'work';
  if (first === 'volunteer' && /\b(employment|career|jobs?|professional|paid)\b|\bwork (?:experience|history)\b/.test(norm)) return 'work';
  return first;
}

export interface Section {
  kind: SectionKind | 'header';
  heading: PLine | null;
  lines: PLine[];
}

const STRONG_SINGLE = new Set<SectionKind>([
  'work',
  'education',
  'skills',
  'certificates',
  'languages',
  'projects',
  'summary',
  'awards',
  'publications',
  'references',
  'interests',
  'volunteer',
]);

function layoutSignal(line: PLine, body: number): boolean {
  return (
    !!line.headingLevel || line.bold || isAllCaps(line.text) || (body > 0 && line.fontSize >= body * 1.1) || /[:：]\s*$/.test(line.text)
  );
}

export function isHeading(line: PLine, body: number): SectionKind | null {
  if (line.bullet) return null;
  const styled = layoutSignal(line, body);
  const loose = () => (styled && wordCount(line.text) <= 3 && !titleScore(line.text) ? computeHeadingKind(line.text, 1) : null);
  const kind = headingKind(line.text) ?? loose();
  if (!kind) return null;
  if (styled) return kind;
  // Without any layout hint, accept only a heading alone on its line with a strong core word.
  return STRONG_SINGLE.has(kind) && wordCount(line.text) <= 3 && !/[.,;]$/.test(line.text) ? kind : null;
}

/**
 * Headings in one document share a style. When most wording-matched headings are in capitals (or
 * larger than body text), a matching line without that style is an entry line ("Volunteer" as a
 * job title under "VOLUNTEER EXPERIENCE"), not a new section.
 */
function consistentHeadings(lines: PLine[], known: (SectionKind | null)[], body: number): (SectionKind | null)[] {
  const found = lines.filter((_, i) => known[i] && !lines[i]!.headingLevel);
  if (found.length < 3) return known;
  const capsShare = found.filter((l) => isAllCaps(l.text)).length / found.length;
  const bigShare = body > 0 ? found.filter((l) => l.fontSize >= body * 1.1).length / found.length : 0;
  return known.map((kind, i) => {
    const line = lines[i]!;
    if (!kind || line.headingLevel) return kind;
    if (capsShare >= 0.7 && !isAllCaps(line.text)) return null;
    if (bigShare >= 0.7 && line.fontSize < body * 1.05) return null;
    return kind;
  });
}

/** The heading level the document's known section headings use (Markdown `##`, Word Heading 2). */
function sectionLevel(lines: PLine[], known: (SectionKind | null)[]): number | null {
  const levels = lines.filter((l, i) => known[i] && l.headingLevel).map((l) => l.headingLevel!);
  return levels.length ? Math.min(...levels) : null;
}

/**
 * A styled heading with unknown wording starts an "other" section only at the level the known
 * sections use (or higher); a deeper one (`### Data Analyst, Orchard Bank`) is an entry line.
 */
function unknownHeading(line: PLine, level: number | null): boolean {
  if (!line.headingLevel || line.headingLevel > 3 || wordCount(line.text) > 5) return false;
  if (level !== null && line.headingLevel > level) return false;
  return !findDateRange(line.text);
}

/**
 * Pages whose columns alternate back and forth (table cells: dates | role, read row by row), as
 * opposed to a sidebar read after the main column. There a column change is not a new block.
 */
function interleavedPages(lines: PLine[]): Set<number> {
  const changes = new Map<number, number>();
  lines.forEach((l, i) => {
    if (i > 0 && lines[i - 1]!.page === l.page && lines[i - 1]!.column !== l.column) changes.set(l.page, (changes.get(l.page) ?? 0) + 1);
  });
  return new Set([...changes].filter(([, n]) => n > 2).map(([page]) => page));
}

/**
 * Splits lines into sections. A change of column starts a fresh "header" block (a sidebar's contact
 * details are not part of the main column's last section).
 */
/** A list section named at the start of its only line: "Skills: Dentrix, Excel", "Languages: English, Spanish". */
const INLINE_LABEL =
  /^((?:(?:technical|key|core|computer|additional|other|it)\s+)?(?:skills|competencies|languages|certifications?|licen[cs]es?|certificates|interests|hobbies))\s*[:：]\s*(\S.*)$/i;
/** Under a job or a project such a line describes that entry; in a skills section it is a skill group. */
const KEEPS_INLINE = new Set<SectionKind | 'header'>(['skills', 'work', 'volunteer', 'projects']);

function inlineSection(line: PLine, current: SectionKind | 'header'): Section | null {
  if (line.bullet || KEEPS_INLINE.has(current)) return null;
  const m = INLINE_LABEL.exec(line.text);
  const kind = m ? headingKind(m[1]!) : null;
  if (!kind || !m) return null;
  // Certificates are read one per line; the other list sections split items themselves.
  const items = kind === 'certificates' ? m[2]!.split(/\s*[,;]\s*/).filter(Boolean) : [m[2]!.trim()];
  return { kind, heading: null, lines: items.map((text) => ({ ...line, text })) };
}

/** "RESUME" or "Curriculum Vitae" above the name titles the document; it does not open a section. */
const DOCUMENT_TITLE = /^(?:r[ée]sum[ée]|cv|curriculum vitae|lebenslauf|hoja de vida|curr[íi]culum)$/i;

export function splitSections(lines: PLine[], body: number): Section[] {
  const known = consistentHeadings(
    lines,
    lines.map((l, i) => (i < 3 && DOCUMENT_TITLE.test(l.text.trim()) ? null : isHeading(l, body))),
    body,
  );
  const styled = lines.filter((l, i) => known[i] && l.fontSize > body * 1.1);
  const sizes = new Set(styled.map((l) => Math.round(l.fontSize * 2)));
  const allCaps = styled.length > 0 && styled.every((l) => isAllCaps(l.text));
  const looksLikeKnown = (l: PLine) =>
    !l.bullet && sizes.has(Math.round(l.fontSize * 2)) && (!allCaps || isAllCaps(l.text)) && wordCount(l.text) <= 4 && !/\d/.test(l.text);
  const sections: Section[] = [{ kind: 'header', heading: null, lines: [] }];
  const level = sectionLevel(lines, known);
  const interleaved = interleavedPages(lines);
  let seenHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    let kind: SectionKind | 'header' | null = known[i] ?? null;
    if (!kind && seenHeading && (unknownHeading(line, level) || (styled.length >= 2 && looksLikeKnown(line)))) kind = 'other';
    if (kind) {
      seenHeading = true;
      sections.push({ kind, heading: line, lines: [] });
      continue;
    }
    if (prev && prev.column !== line.column && !interleaved.has(line.page)) sections.push({ kind: 'header', heading: null, lines: [] });
    const current = sections[sections.length - 1]!;
    const inline = inlineSection(line, current.kind);
    if (inline) sections.push(inline, { kind: current.kind, heading: null, lines: [] });
    else current.lines.push(line);
  }
  return sections.filter((s) => s.heading || s.lines.length);
}
