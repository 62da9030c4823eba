/** One-item-per-line sections: certificates, languages, awards, publications, interests. */
import type { ResumeAward, ResumeCertificate, ResumeLanguage } from '../../../../src-preload/contract/resume.types';
import { findDateRange, removeSpan } from './dates';
import type { PLine } from './lines';
import { splitItems } from './skills-section';

/** Joins wrapped lines (next line starts in lower case or the line ends with a comma). */
export function joinWrapped(lines: PLine[]): PLine[] {
  const out: PLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && !line.bullet && (/^\p{Ll}/u.test(line.text) || /[,&]$/.test(last.text)))
      out[out.length - 1] = { ...last, text: `${last.text} ${line.text}` };
    else out.push(line);
  }
  return out;
}

function withoutDate(text: string): { text: string; date?: string } {
  const range = findDateRange(text);
  if (!range) return { text };
  const rest = removeSpan(text, range.index, range.end)
    .replace(/\s*\t\s*/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/\(\s*(?:exp\.?|expires?|issued)?\s*\)/gi, '')
    .replace(/(?:\s*[-–—,|]\s*)+$/, '')
    .trim();
  return { text: rest, date: range.startDate };
}

export function parseCertificates(lines: PLine[]): { item: ResumeCertificate; line: PLine }[] {
  return joinWrapped(lines)
    .map((line) => {
      const { text, date } = withoutDate(line.text);
      const item: ResumeCertificate = { name: text };
      if (date) item.date = date;
      return { item, line };
    })
    .filter((c) => c.item.name && c.item.name.length > 1);
}

export function parseLanguageItem(text: string): ResumeLanguage {
  const fluentIn = /^(native|fluent|conversational|basic|intermediate|advanced|professional|bilingual)\s+(?:in\s+)?(.+)$/i.exec(text);
  if (fluentIn) return { language: fluentIn[2]!.trim(), fluency: fluentIn[1]! };
  const m = /^([^(:–—-]+?)\s*(?:\(([^)]+)\)|[:–—-]\s*(.+))$/.exec(text);
  if (m) return { language: m[1]!.trim(), fluency: (m[2] ?? m[3] ?? '').trim() };
  return { language: text.trim() };
}

export function parseLanguages(lines: PLine[]): { item: ResumeLanguage; line: PLine }[] {
  return joinWrapped(lines).flatMap((line) =>
    splitItems(line.text.replace(/^[^:]{2,30}:\s*/, '')).map((text) => ({ item: parseLanguageItem(text), line })),
  );
}

export function parseAwards(lines: PLine[]): { item: ResumeAward; line: PLine }[] {
  return joinWrapped(lines)
    .filter((l) => l.text.length > 2)
    .map((line) => {
      const { text, date } = withoutDate(line.text);
      const [title, awarder] = text.split(/\t|,\s+(?=[^,]+$)/);
      const item: ResumeAward = { title: (title ?? text).trim() };
      if (awarder?.trim()) item.awarder = awarder.trim();
      if (date) item.date = date;
      return { item, line };
    });
}
