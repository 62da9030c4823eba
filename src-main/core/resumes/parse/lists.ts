/** One-item-per-line sections: certificates, languages, awards, publications, interests. */
import type { ResumeAward, ResumeCertificate, ResumeLanguage } from '../../../../src-preload/contract/resume.types';
import { findDateRange, removeSpan } from './dates';
import type { PLine } from './lines';
import { isSpokenLanguage, splitItems } from './skills-section';

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
    .replace(/\(\s*(?:exp\.?|expires?|expiring|issued|obtained|earned|valid until)?\s*\)/gi, '')
    // "(Amazon Web Services, 2022)" → "(Amazon Web Services)".
    .replace(/[,;\s]+\)/g, ')')
    .replace(/(?:[\s,|–—-]+(?:issued|obtained|earned|awarded|completed|expires?|exp\.?|valid until)[:.]?)+\s*$/i, '')
    .replace(/(?:\s*[-–—,|]\s*)+$/, '')
    .trim();
  return { text: rest, date: range.startDate };
}

/** "CompTIA Security+ (2020), CompTIA Network+ (2019)": several dated items on one line. */
function certificateItems(text: string): string[] {
  return /\(\s*(?:19|20)\d{2}\s*\)\s*[,;]/.test(text) ? text.split(/(?<=\))\s*[,;]\s*/) : [text];
}

export function parseCertificates(lines: PLine[]): { item: ResumeCertificate; line: PLine }[] {
  return joinWrapped(lines)
    .flatMap((line) => certificateItems(line.text).map((text) => ({ ...line, text })))
    .map((line) => {
      const { text, date } = withoutDate(line.text);
      const item: ResumeCertificate = { name: text };
      if (date) item.date = date;
      return { item, line };
    })
    .filter((c) => c.item.name && c.item.name.length > 1);
}

export function parseLanguageItem(raw: string): ResumeLanguage {
  const text = raw.replace(/\s+speakers?\b/i, '').trim();
  const fluentIn = /^(native|fluent|conversational|basic|intermediate|advanced|professional|bilingual)\s+(?:in\s+)?(.+)$/i.exec(text);
  if (fluentIn) return { language: fluentIn[2]!.trim(), fluency: fluentIn[1]! };
  const m = /^([^(:–—-]+?)\s*(?:\(([^)]+)\)|[:–—-]\s*(.+))$/.exec(text);
  if (m) return { language: m[1]!.trim(), fluency: (m[2] ?? m[3] ?? '').trim() };
  return { language: text.trim() };
}

/** "English and Spanish" names two languages; "Bilingual in" or "Fluent:" before them is a level. */
function languageNames(text: string): string[] {
  const item = text.replace(/^(?:bilingual|fluent|native|proficient)\s+in\s+/i, '');
  const parts = item.split(/\s+(?:and|&)\s+/i);
  return parts.length > 1 && parts.every(isSpokenLanguage) ? parts : [item];
}

export function parseLanguages(lines: PLine[]): { item: ResumeLanguage; line: PLine }[] {
  return joinWrapped(lines).flatMap((line) =>
    // Each group may carry its own level label: "Fluent: English, Spanish | Basic: French".
    line.text
      .split(/\s*[|;•·]\s*/)
      .flatMap((group) => splitItems(group.replace(/^[^:,]{2,30}:\s*/, '')))
      .flatMap(languageNames)
      .map((text) => ({ item: parseLanguageItem(text), line })),
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
