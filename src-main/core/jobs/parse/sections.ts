/**
 * Splits a posting body into headed sections and classifies each heading (requirements,
 * nice-to-haves, responsibilities, benefits, education) with English, French, Spanish and German
 * cue words. A known cue makes a short line a heading; an unknown short line only counts when it
 * is marked as one (trailing ":" or "?", Markdown "#", bold or ALL CAPS), so a lone skill on its
 * own line never ends a requirements list.
 */

import { KIND_CUES, type SectionKind } from './heading-vocabulary';

export type { SectionKind } from './heading-vocabulary';

export interface PostingLine {
  text: string;
  bullet: boolean;
}

export interface Section {
  kind: SectionKind;
  heading: string | null;
  lines: PostingLine[];
}

/** Bullet glyphs may touch the text; ASCII markers ("-", "*", "+", "1.") need a space, so "**Bold**" is no bullet. */
const BULLET = /^\s*(?:[•·▪●◦‣∙○■□➢➤►✓✔–—]\s*|[-*+]\s+|\d{1,2}[.)]\s+)/;

export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

export function toPostingLine(raw: string): PostingLine {
  const bullet = BULLET.test(raw) && !/^\s*[-–—]{2,}/.test(raw);
  return { text: (bullet ? raw.replace(BULLET, '') : raw).trim(), bullet };
}

function headingText(line: string): { text: string; marked: boolean } {
  const markdown = /^#{1,6}\s+/.test(line);
  const bold = /^(\*\*|__).+(\*\*|__):?$/.test(line.trim());
  const text = line.replace(/^#{1,6}\s+/, '').replace(/[*_]{2}/g, '').trim();
  const caps = /[A-Z]/.test(text) && text === text.toUpperCase() && text.length >= 4;
  return { text, marked: markdown || bold || caps || /[:?：]$/.test(text) };
}

/** The kind a heading names, or null when no cue matches ("Why this role matters"). */
function knownKind(text: string): SectionKind | null {
  const folded = foldText(text);
  return KIND_CUES.find((rule) => rule.cue.test(folded))?.kind ?? null;
}

export function classifyHeading(text: string): SectionKind {
  return knownKind(text) ?? 'other';
}

/** An unmarked line ("Minimum Qualifications") is a heading only when it reads like a label, not a requirement. */
function looksLikeBareHeading(text: string, words: number): boolean {
  return words <= 5 && !/[,()]/.test(text) && !/\s(in|with|of|using|to|for|on)\s/i.test(text);
}

/**
 * The kind of a heading line, or null when the line is content. `beforeList`: the next line is a
 * bullet, so a short unmarked line that names a known section ("You might be a fit if you have")
 * introduces that list.
 */
export function headingKind(line: PostingLine, beforeList = false): SectionKind | null {
  if (line.bullet || line.text.length === 0 || line.text.length > 70) return null;
  const { text, marked } = headingText(line.text);
  const words = text.split(/\s+/).length;
  if (words > 9 || /[.,;!]$/.test(text) || !/^[\p{Lu}\p{N}¿¡"'(]/u.test(text)) return null;
  const kind = knownKind(text.replace(/[:?：]$/, ''));
  if (kind !== null) return marked || beforeList || looksLikeBareHeading(text, words) ? kind : null;
  return marked && !/:\s*\S/.test(text) ? 'other' : null;
}

/** "Requirements: Python, SQL" on one line: a known heading with inline content. */
function inlineHeading(line: PostingLine): { kind: SectionKind; heading: string; rest: string } | null {
  if (line.bullet) return null;
  const match = /^([^:：]{3,45})[:：]\s+(\S.*)$/.exec(line.text);
  if (!match || (match[1] ?? '').split(/\s+/).length > 6) return null;
  const kind = classifyHeading(match[1] ?? '');
  return kind === 'other' ? null : { kind, heading: match[1] ?? '', rest: match[2] ?? '' };
}

/** A wrapped line (starting in lower case) continues the previous line when that line has no end punctuation. */
function joinWrapped(lines: PostingLine[]): PostingLine[] {
  const joined: PostingLine[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const continues =
      previous !== undefined && previous.text !== '' && !line.bullet && line.text !== '' && /^[\p{Ll}(&]/u.test(line.text) && !/[.!?:]$/.test(previous.text);
    if (continues) previous.text = `${previous.text} ${line.text}`;
    else joined.push({ ...line });
  }
  return joined;
}

export function splitSections(body: string): Section[] {
  const lines = joinWrapped(body.split('\n').map(toPostingLine));
  const sections: Section[] = [{ kind: 'intro', heading: null, lines: [] }];
  lines.forEach((line, index) => {
    if (line.text === '') return;
    const next = lines.slice(index + 1).find((candidate) => candidate.text !== '');
    const kind = headingKind(line, next?.bullet === true);
    if (kind) {
      sections.push({ kind, heading: headingText(line.text).text.replace(/[:：]$/, ''), lines: [] });
      return;
    }
    const inline = inlineHeading(line);
    if (inline) {
      sections.push({ kind: inline.kind, heading: inline.heading, lines: [{ text: inline.rest, bullet: false }] });
      return;
    }
    sections[sections.length - 1]?.lines.push(line);
  });
  return sections.filter((section) => section.lines.length > 0 || section.heading !== null);
}
