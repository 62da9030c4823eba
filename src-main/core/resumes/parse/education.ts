/** Education entries: institution, studyType ("Bachelor of Science", "B.Sc.", "Master"), area, dates. */
import type { ResumeEducation } from '../../../../src-preload/contract/resume.types';
import { splitEntries } from './entries';
import { readHeader } from './header-fields';
import type { PLine } from './lines';
import type { Provenance } from './provenance';
import { DEGREE, INSTITUTION } from './roles';

interface ParsedEducation {
  education: ResumeEducation;
  sources: Partial<Record<keyof ResumeEducation, PLine>>;
}

function roleOf(line: PLine): string | null {
  if (INSTITUTION.test(line.text)) return 'institution';
  if (DEGREE.test(line.text)) return 'degree';
  return null;
}

const GPA = /\s*[-–,|(]?\s*(?:gpa|cgpa|grade|note|nota|mention)\b.*$/i;

/** "Bachelor of Science in Computer Science" → studyType + area; "B.S. in CS" likewise. */
export function splitDegree(text: string): { studyType: string; area?: string } {
  const clean = text.replace(GPA, '').trim();
  const m = /^(.*?\S)\s+(?:in|en|de|in the field of|im fach|im bereich)\s+(.+)$/i.exec(clean);
  if (m && DEGREE.test(` ${m[1]}`) && !/\b(?:of|en)$/i.test(m[1]!)) return { studyType: m[1]!.trim(), area: m[2]!.trim() };
  const colon = /^(.+?)\s*[:,]\s*(.+)$/.exec(clean);
  if (colon && DEGREE.test(` ${colon[1]}`)) return { studyType: colon[1]!.trim(), area: colon[2]!.trim() };
  return { studyType: clean };
}

export function parseEducationSection(lines: PLine[]): ParsedEducation[] {
  const out: ParsedEducation[] = [];
  for (const entry of splitEntries(lines, roleOf)) {
    const fields = readHeader(entry.header);
    const pieces = fields.pieces
      .flatMap((p) => p.text.split(/,\s+(?![^()]*\))/).map((text) => ({ text: text.trim(), line: p.line })))
      .filter((p) => p.text && !/\b(?:c?gpa|grade|note)\b/i.test(p.text) && !/^[\d.,/ ]+$/.test(p.text));
    const education: ResumeEducation = {};
    const sources: ParsedEducation['sources'] = {};
    const instIndex = pieces.findIndex((p) => INSTITUTION.test(p.text));
    const degIndex = pieces.findIndex((p, i) => i !== instIndex && DEGREE.test(` ${p.text}`));
    const inst = instIndex >= 0 ? pieces[instIndex] : pieces.find((_, i) => i !== degIndex);
    if (inst) {
      education.institution = inst.text;
      sources.institution = inst.line;
    }
    if (degIndex >= 0) {
      const deg = pieces[degIndex]!;
      const next = pieces[degIndex + 1];
      const separateArea = next && next !== inst && next.line === deg.line && !DEGREE.test(` ${next.text}`);
      const split = separateArea ? { studyType: deg.text.replace(GPA, '').trim(), area: next.text } : splitDegree(deg.text);
      education.studyType = split.studyType;
      sources.studyType = deg.line;
      if (split.area) {
        education.area = split.area.replace(GPA, '').trim();
        sources.area = deg.line;
      }
    } else {
      const other = pieces.find((p) => p !== inst);
      if (other) {
        education.area = other.text;
        sources.area = other.line;
      }
    }
    if (fields.dates) {
      if (!fields.dates.single && fields.dates.startDate) {
        education.startDate = fields.dates.startDate;
        sources.startDate = fields.dates.line;
      }
      const end = fields.dates.single ? fields.dates.startDate : fields.dates.endDate;
      if (end && !fields.dates.present) {
        education.endDate = end;
        sources.endDate = fields.dates.line;
      }
    }
    const courses = entry.body.map((l) => l.text).filter((t) => /cours|coursework|modules|asignaturas|kurse/i.test(t));
    if (courses.length) education.courses = courses.flatMap((t) => t.replace(/^[^:]*:\s*/, '').split(/,\s*/)).filter(Boolean);
    if (education.institution || education.studyType) out.push({ education, sources });
  }
  return out;
}

export function recordEducation(items: ParsedEducation[], prov: Provenance): ResumeEducation[] {
  items.forEach((item, i) => {
    for (const [key, line] of Object.entries(item.sources))
      if (line) prov.set(`education[${i}].${key}`, line, key === 'institution' || key === 'studyType' ? 0.75 : 0.85);
  });
  return items.map((i) => i.education);
}
