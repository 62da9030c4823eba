/**
 * Skills found anywhere in the resume, normalized through the taxonomy matcher, with where they
 * were seen, how they were written, and years of use from dated work entries that mention them.
 */
import type { ResumeProfile, ResumeWork, SkillFinding } from '../../../../src-preload/contract/resume.types';
import { findSkills, type SkillMatch } from '../../skills/skill-matcher';
import { mergeIntervals, monthsToYears, totalMonths, type MonthInterval } from './dates';
import { workSpans } from './experience';

type Source = SkillFinding['sources'][number];

interface TextPiece {
  text: string;
  source: Source;
  /** Skills lists need no context for ambiguous forms ("R", "Go"). */
  list: boolean;
  /** Index into profile.work, for per-skill years. */
  workIndex?: number;
}

const SOURCE_ORDER: Source[] = ['skills', 'work', 'summary', 'projects', 'certificates', 'education', 'other'];

function workText(work: ResumeWork): string {
  return [work.position, work.summary, ...(work.highlights ?? [])].filter(Boolean).join('\n');
}

function listPieces(items: (string | undefined)[], source: Source): TextPiece[] {
  return items.filter((item): item is string => Boolean(item?.trim())).map((text) => ({ text, source, list: true }));
}

function textPieces(items: (string | undefined)[], source: Source): TextPiece[] {
  const text = items.filter(Boolean).join('\n');
  return text.trim() ? [{ text, source, list: false }] : [];
}

export function collectPieces(profile: ResumeProfile): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const skill of profile.skills ?? []) pieces.push(...listPieces([skill.name, ...(skill.keywords ?? [])], 'skills'));
  (profile.work ?? []).forEach((work, workIndex) => pieces.push({ text: workText(work), source: 'work', list: false, workIndex }));
  pieces.push(...textPieces([profile.basics?.label, profile.basics?.summary], 'summary'));
  for (const project of profile.projects ?? []) {
    pieces.push(...textPieces([project.name, project.description, ...(project.highlights ?? [])], 'projects'));
    pieces.push(...listPieces(project.keywords ?? [], 'projects'));
  }
  pieces.push(...textPieces((profile.certificates ?? []).map((c) => c.name), 'certificates'));
  for (const education of profile.education ?? []) pieces.push(...textPieces([education.area, ...(education.courses ?? [])], 'education'));
  pieces.push(...listPieces((profile.languages ?? []).map((language) => language.language), 'other'));
  for (const entry of profile.volunteer ?? []) pieces.push(...textPieces([entry.position, entry.summary, ...(entry.highlights ?? [])], 'other'));
  pieces.push(...textPieces((profile.awards ?? []).map((award) => `${award.title ?? ''} ${award.summary ?? ''}`), 'other'));
  return pieces;
}

interface Accumulator {
  match: SkillMatch;
  sources: Set<Source>;
  aliases: Set<string>;
  intervals: MonthInterval[];
  mentions: number;
}

export function findResumeSkills(profile: ResumeProfile, now: Date): SkillFinding[] {
  const spans = new Map(workSpans(profile.work ?? [], now).map((span) => [span.index, span.interval]));
  const found = new Map<string, Accumulator>();
  for (const piece of collectPieces(profile)) {
    for (const match of findSkills(piece.text, { list: piece.list })) {
      const entry = found.get(match.id) ?? { match, sources: new Set(), aliases: new Set(), intervals: [], mentions: 0 };
      entry.sources.add(piece.source);
      entry.aliases.add(match.matched.trim());
      entry.mentions += 1;
      const interval = piece.workIndex === undefined ? undefined : spans.get(piece.workIndex);
      if (interval) entry.intervals.push(interval);
      found.set(match.id, entry);
    }
  }
  return [...found.values()].sort(compareFindings).map(toFinding);
}

function compareFindings(a: Accumulator, b: Accumulator): number {
  const inSkills = Number(b.sources.has('skills')) - Number(a.sources.has('skills'));
  return inSkills || totalMonths(b.intervals) - totalMonths(a.intervals) || b.mentions - a.mentions || a.match.name.localeCompare(b.match.name);
}

function toFinding(entry: Accumulator): SkillFinding {
  const months = totalMonths(mergeIntervals(entry.intervals));
  return {
    name: entry.match.name,
    id: entry.match.id,
    category: entry.match.category,
    sources: SOURCE_ORDER.filter((source) => entry.sources.has(source)),
    aliases: [...entry.aliases],
    years: entry.intervals.length === 0 ? null : monthsToYears(months),
  };
}
