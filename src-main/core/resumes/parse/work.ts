/** Work (and volunteer) entries: company, position, location, dates, highlights. */
import type { ResumeWork } from '../../../../src-preload/contract/resume.types';
import { bodyTexts, splitEntries } from './entries';
import { readHeader, type Piece } from './header-fields';
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

export function parseWorkSection(lines: PLine[]): ParsedWork[] {
  const out: ParsedWork[] = [];
  for (const entry of splitEntries(lines)) {
    const fields = readHeader(entry.header, true);
    const { title, org, confident } = assignRoles(fields.pieces, fields.dates?.line ?? null);
    const work: ResumeWork = {};
    const sources: ParsedWork['sources'] = {};
    const c = confident ? 0.8 : 0.55;
    if (org) {
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
    const highlights = bodyTexts(entry);
    if (highlights.length) work.highlights = highlights;
    if (!work.name && !work.position && !work.startDate) {
      // Body text with no header: keep it on the previous entry rather than inventing a job.
      const last = out[out.length - 1];
      if (last && highlights.length) last.work.highlights = [...(last.work.highlights ?? []), ...highlights];
      continue;
    }
    out.push({ work, sources });
  }
  return out;
}

export function recordWork(path: string, items: ParsedWork[], prov: Provenance): ResumeWork[] {
  items.forEach((item, i) => {
    for (const [key, src] of Object.entries(item.sources)) if (src) prov.set(`${path}[${i}].${key}`, src.line, src.confidence);
    if (item.work.highlights) prov.set(`${path}[${i}].highlights`, null, 0.7);
  });
  return items.map((i) => i.work);
}
