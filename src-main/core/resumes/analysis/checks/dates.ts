/** Dates: every role dated in one consistent format; gaps and overlaps explained. */
import type { AnalysisCheck, ResumeProfile, ResumeWork } from '../../../../../src-preload/contract/resume.types';
import { listWords, makeCheck, plural, type AnalysisContext } from '../check';
import { datePrecision, entryInterval, monthIndex, monthOf, type MonthInterval } from '../dates';
import { findGaps, findOverlaps, workLabel, workSpans, type EmploymentGap, type Overlap } from '../experience';

export const DATES_PRESENT_WEIGHT = 8;
export const DATES_GAPS_WEIGHT = 7;

const WRITTEN_STYLES: [RegExp, string][] = [
  [/^[A-Za-z]{3}\.? \d{4}$/, 'Mon YYYY'],
  [/^[A-Za-z]{4,} \d{4}$/, 'Month YYYY'],
  [/^\d{1,2}\/\d{4}$/, 'MM/YYYY'],
  [/^\d{1,2}\/\d{2}$/, 'MM/YY'],
  [/^\d{4}-\d{2}$/, 'YYYY-MM'],
  [/^\d{4}$/, 'YYYY'],
];

/** Formats as written in the source document, from parser provenance when available. */
function writtenStyles(profile: ResumeProfile): Set<string> {
  const styles = new Set<string>();
  for (const [path, provenance] of Object.entries(profile.meta?.provenance ?? {})) {
    if (!/^work\[\d+\]\.(startDate|endDate)$/.test(path) || !provenance.source) continue;
    const text = provenance.source.text.trim();
    const style = WRITTEN_STYLES.find(([pattern]) => pattern.test(text))?.[1];
    if (style) styles.add(style);
  }
  return styles;
}

export function checkDatesPresent(context: AnalysisContext): AnalysisCheck {
  const work = context.profile.work ?? [];
  const now = monthOf(context.now);
  const labelsWhere = (test: (entry: ResumeWork) => boolean): string[] =>
    work.flatMap((entry, index) => (test(entry) ? [`"${workLabel(entry, index)}"`] : []));
  const undated = labelsWhere((entry) => monthIndex(entry.startDate) === null);
  const invalid = labelsWhere((entry) => monthIndex(entry.startDate) !== null && entryInterval(entry.startDate, entry.endDate, context.now) === null);
  const future = labelsWhere((entry) => (monthIndex(entry.startDate) ?? 0) > now);
  const precisions = new Set(work.map((entry) => datePrecision(entry.startDate)).filter((p) => p !== null));
  const styles = writtenStyles(context.profile);
  const mixed = precisions.size > 1 || styles.size > 1;
  const problems = undated.length + invalid.length + future.length;
  const result = work.length === 0 ? 0 : (1 - problems / work.length) * (mixed ? 0.8 : 1);
  const fixes: string[] = [];
  if (work.length === 0) fixes.push('Add your work history with a start and end month for each role.');
  if (undated.length > 0) fixes.push(`Add start and end dates (month and year) to ${listWords(undated)}.`);
  if (invalid.length > 0) fixes.push(`The end date of ${listWords(invalid)} is before its start date.`);
  if (future.length > 0) fixes.push(`The start date of ${listWords(future)} is in the future.`);
  if (mixed) fixes.push(`Write every date the same way, e.g. "Mar 2021 – Jun 2023"${styles.size > 1 ? ` (found ${listWords([...styles])})` : ' (some roles show only the year)'}.`);
  return makeCheck({
    id: 'dates-present',
    title: 'Dates present and consistent',
    category: 'dates',
    weight: DATES_PRESENT_WEIGHT,
    result,
    detail: work.length === 0 ? 'No work entries were found.' : problems === 0 && !mixed ? `All ${plural(work.length, 'role')} have dates in one format.` : `${plural(problems, 'role')} with missing or impossible dates${mixed ? '; date formats are mixed' : ''}.`,
    fix: fixes.join(' '),
  });
}

/** Gaps covered by study, volunteering or projects are explained; overlaps are explained by part-time or contract roles. */
function coveredByOtherActivity(gap: EmploymentGap, context: AnalysisContext): boolean {
  const { profile, now } = context;
  const dated = [...(profile.education ?? []), ...(profile.volunteer ?? []), ...(profile.projects ?? [])];
  const intervals = dated.map((entry) => entryInterval(entry.startDate, entry.endDate, now)).filter((i): i is MonthInterval => i !== null);
  const from = monthIndex(gap.from) ?? 0;
  const to = monthIndex(gap.to) ?? 0;
  return intervals.some((interval) => interval.start <= from + 1 && interval.end >= to - 1);
}

const CONCURRENT_WORDS = /\b(part[- ]time|contract|contractor|freelance|self[- ]employed|consultant|volunteer|adjunct|seasonal|concurrent|per diem|prn|weekend|side)\b/i;

function overlapExplained(overlap: Overlap, context: AnalysisContext): boolean {
  const work = context.profile.work ?? [];
  return [overlap.first, overlap.second].some((span) => {
    const entry = work[span.index];
    return CONCURRENT_WORDS.test(`${entry?.position ?? ''} ${entry?.summary ?? ''} ${entry?.name ?? ''}`);
  });
}

export function checkGapsAndOverlaps(context: AnalysisContext): AnalysisCheck {
  const spans = workSpans(context.profile.work ?? [], context.now);
  const gaps = findGaps(spans.map((span) => span.interval)).filter((gap) => !coveredByOtherActivity(gap, context));
  const overlaps = findOverlaps(spans).filter((overlap) => !overlapExplained(overlap, context));
  const result = spans.length === 0 ? 0.5 : 1 - gaps.length * 0.25 - overlaps.length * 0.15;
  const fixes = [
    ...gaps.slice(0, 3).map((gap) => `Explain the ${gap.months}-month gap from ${gap.from} to ${gap.to} in one line (study, caregiving, travel, job search, freelance work).`),
    ...overlaps.slice(0, 3).map((o) => `"${o.first.label}" and "${o.second.label}" overlap by ${o.months} months: mark one as part-time, contract or freelance, or correct the dates.`),
  ];
  return makeCheck({
    id: 'dates-gaps-overlaps',
    title: 'Employment gaps and overlaps',
    category: 'dates',
    weight: DATES_GAPS_WEIGHT,
    result,
    detail: spans.length === 0 ? 'No dated roles, so gaps cannot be checked.' : gaps.length + overlaps.length === 0 ? 'No unexplained gaps over 3 months and no unexplained overlapping roles.' : `${plural(gaps.length, 'unexplained gap')} over 3 months and ${plural(overlaps.length, 'unexplained overlap')}.`,
    fix: spans.length === 0 ? 'Add start and end dates to your roles.' : fixes.join(' '),
    evidence: gaps.map((gap) => `${gap.from} → ${gap.to} (${gap.months} months)`),
  });
}
