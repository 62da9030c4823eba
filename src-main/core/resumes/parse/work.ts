/** Work (and volunteer) entries: company, position, location, dates, highlights. */
import type { ResumeWork } from '../../../../src-preload/contract/resume.types';
import { bodyTexts, splitEntries } from './entries';
import { readHeader, type HeaderFields, type Piece } from './header-fields';
import type { PLine } from './lines';
import type { Provenance } from './provenance';
import { orgScore, titleScore } from './roles';

export interface ParsedWork {
  work: ResumeWork;
  sources: Partial<Record<keyof ResumeWork, { line: PLine; confidence: number }>>;
}

/** Picks the title and the organisation among header pieces by word lists, then by position. */
export function assignRoles(pieces: Piece[], datedLine: PLine | null): { title?: Piece; org?: Piece; confident: boolean } {
  if (!pieces.length) return { confident: false };
  if (pieces.length === 1) {
    const p = pieces[0]!;
    return titleScore(p.text) > orgScore(p.text) ? { title: p, confident: false } : { org: p, confident: false };
  }
  const scored = pieces.slice(0, 4).map((p, i) => ({ p, i, t: titleScore(p.text) - orgScore(p.text) }));
  const best = scored.slice().sort((a, b) => b.t - a.t || a.i - b.i);
  const top = best[0]!;
  const low = best[best.length - 1]!;
  if (top.t > low.t) {
    const org = scored.filter((s) => s !== top).sort((a, b) => a.t - b.t || a.i - b.i)[0]!;
    return { title: top.p, org: org.p, confident: true };
  }
  // No word-list signal: the piece on the dated line is the title ("Title <tab> 2019 – 2021").
  const onDated = scored.find((s) => s.p.line === datedLine);
  if (onDated && scored.some((s) => s.p.line !== datedLine)) {
    return { title: onDated.p, org: scored.find((s) => s.p.line !== datedLine)!.p, confident: false };
  }
  return { org: scored[0]!.p, title: scored[1]!.p, confident: false };
}

/** Roles that have no employer to inherit. */
const SELF_EMPLOYED =
  /\b(?:freelancer?|self[- ]employed|independent|contractor|autoentrepreneur|auto-entrepreneur|selbstständig|selbststandig|aut[óo]nomo)\b/i;

/** Same type style: company lines and title lines of one resume usually differ in weight or size. */
function sameStyle(a: PLine, b: PLine): boolean {
  return a.bold === b.bold && Math.abs(a.fontSize - b.fontSize) < 0.5;
}

/**
 * A role listed under the previous entry's company (a promotion): the entry is one dated line with
 * one piece, a job title by its words or by sitting where the previous entry's title sat, in the
 * title's type style when the resume styles companies and titles differently.
 */
function underPrevious(prev: ParsedWork | undefined, fields: HeaderFields, roles: ReturnType<typeof assignRoles>): Piece | null {
  if (!prev?.work.name || fields.pieces.length !== 1 || !fields.dates) return null;
  if (SELF_EMPLOYED.test(fields.pieces[0]!.text)) return null;
  if (roles.title && !roles.org) return roles.title;
  const only = fields.pieces[0]!;
  const titleLine = prev.sources.position?.line;
  const nameLine = prev.sources.name?.line;
  if (!titleLine || !nameLine || titleLine !== prev.sources.startDate?.line || nameLine === titleLine) return null;
  if (only.line !== fields.dates.line) return null;
  const styled = !sameStyle(titleLine, nameLine);
  return !styled || sameStyle(only.line, titleLine) ? only : null;
}

function toWork(fields: HeaderFields, roles: ReturnType<typeof assignRoles>, prev: ParsedWork | undefined): ParsedWork {
  const work: ResumeWork = {};
  const sources: ParsedWork['sources'] = {};
  const c = roles.confident ? 0.8 : 0.55;
  const inherited = underPrevious(prev, fields, roles);
  const title = inherited ?? roles.title;
  const org = inherited ? null : roles.org;
  if (inherited && prev?.work.name) {
    work.name = prev.work.name;
    sources.name = { line: prev.sources.name!.line, confidence: 0.5 };
  } else if (org) {
    work.name = org.text;
    sources.name = { line: org.line, confidence: c };
  }
  if (title) {
    work.position = title.text;
    sources.position = { line: title.line, confidence: c };
  }
  if (fields.location) {
    work.location = fields.location.text;
    sources.location = { line: fields.location.line, confidence: 0.7 };
  }
  if (fields.dates?.startDate) {
    work.startDate = fields.dates.startDate;
    sources.startDate = { line: fields.dates.line, confidence: 0.9 };
    if (fields.dates.endDate && !fields.dates.present) {
      work.endDate = fields.dates.endDate;
      sources.endDate = { line: fields.dates.line, confidence: 0.9 };
    }
  }
  return { work, sources };
}

/** The company line's dates (if any) cover the role's: "Acme 2014 – 2022" over "Manager 2018 – 2022". */
function spans(group: ResumeWork, role: ResumeWork): boolean {
  if (!group.startDate) return true;
  if (!role.startDate || role.startDate.slice(0, 4) < group.startDate.slice(0, 4)) return false;
  if (!group.endDate) return true;
  return !!role.endDate && role.endDate.slice(0, 4) <= group.endDate.slice(0, 4);
}

export function parseWorkSection(lines: PLine[]): ParsedWork[] {
  const out: ParsedWork[] = [];
  for (const entry of splitEntries(lines)) {
    const fields = readHeader(entry.header, true);
    const roles = assignRoles(fields.pieces, fields.dates?.line ?? null);
    const parsed = toWork(fields, roles, out[out.length - 1]);
    const highlights = bodyTexts(entry);
    if (highlights.length) {
      parsed.work.highlights = highlights;
      parsed.sources.highlights = { line: entry.body[0]!, confidence: 0.7 };
    }
    if (!parsed.work.name && !parsed.work.position && !parsed.work.startDate) {
      // Body text with no header: keep it on the previous entry rather than inventing a job.
      const last = out[out.length - 1];
      if (last && highlights.length) last.work.highlights = [...(last.work.highlights ?? []), ...highlights];
      continue;
    }
    const prev = out[out.length - 1];
    // A company line (with a description, or with the whole tenure's dates) and no role of its own,
    // then its first role: one entry.
    if (prev && !prev.work.position && parsed.sources.name?.line === prev.sources.name?.line && spans(prev.work, parsed.work)) {
      out.pop();
      if (prev.work.highlights) {
        parsed.work.highlights = [...prev.work.highlights, ...(parsed.work.highlights ?? [])];
        parsed.sources.highlights = prev.sources.highlights;
      }
    }
    out.push(parsed);
  }
  return dropStrays(out);
}

/**
 * In a section where entries carry dates, an undated line with no bullets under it is a stray
 * ("References available upon request", a page footer), not a job.
 */
function dropStrays(items: ParsedWork[]): ParsedWork[] {
  if (!items.some((i) => i.work.startDate)) return items;
  return items.filter((i) => i.work.startDate || i.work.highlights?.length);
}

export function recordWork(path: string, items: ParsedWork[], prov: Provenance): ResumeWork[] {
  items.forEach((item, i) => {
    for (const [key, src] of Object.entries(item.sources)) if (src) prov.set(`${path}[${i}].${key}`, src.line, src.confidence);
    if (item.work.highlights && !item.sources.highlights) prov.set(`${path}[${i}].highlights`, null, 0.7);
  });
  return items.map((i) => i.work);
}
