/** Education entries: institution, studyType ("Bachelor of Science", "B.Sc.", "Master"), area, dates. */
import type { ResumeEducation } from '../../../../src-preload/contract/resume.types';
import { splitEntries } from './entries';
import { readHeader, type HeaderFields, type Piece } from './header-fields';
import type { PLine } from './lines';
import type { Provenance } from './provenance';
import { isRegion } from './regions';
import { DEGREE, INSTITUTION } from './roles';

interface ParsedEducation {
  education: ResumeEducation;
  sources: Partial<Record<keyof ResumeEducation, PLine>>;
}

function roleOf(line: PLine): string | null {
  // "High School Diploma" names a degree; "Lincoln High School" an institution.
  const degree = DEGREE.test(line.text);
  const text = degree ? line.text.replace(/^\s*high school\b|\bhigh school(?=\s+(?:diploma|degree|graduate|equivalen))/gi, '') : line.text;
  if (INSTITUTION.test(text)) return 'institution';
  return degree ? 'degree' : null;
}

/** "Minor in Mathematics", "Concentration: ...", "cum laude": next to a degree, but not its subject. */
const MINOR = /^(?:minor|concentration|speciali[sz]ation|track|option|emphasis|honou?rs|(?:magna |summa )?cum laude)\b/i;
const GPA = /\s*[-–,;|(]?\s*(?:gpa|cgpa|grade|note|nota|mention)\b.*$/i;

/** A degree word followed straight by the subject: "Master Communication", "BSc (Hons) Physics". */
const BARE_DEGREE = new RegExp(
  '^((?:master|bachelor|licence|licenciatura|grado|m[áa]ster|diplom|mba|bba|emba|ph\\.?\\s?d\\.?|ll\\.?\\s?[bm]\\.?|' +
    // B.Sc., MEng, BEd, M.Phil., BFA, BCom, B.Tech: a B or M, then the discipline's letters.
    '[bm]\\.?\\s?(?:sc|s|a|eng|ed|com|fa|ba|tech|arch|phil|res|sn|n|pharm|mus|des)\\.?)' +
    "(?:\\s+\\d)?(?:\\s*\\(hons?\\.?\\))?)\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s.*)?)$",
  'iu',
);
const NOT_SUBJECT = /^(?:degree|diploma|thesis|program(?:me)?|student|candidate|of|in|en|de)\b/i;

/** "Bachelor of Science in Computer Science" → studyType + area; "B.S. in CS" likewise. */
export function splitDegree(text: string): { studyType: string; area?: string } {
  const clean = text.replace(GPA, '').trim();
  const bare = BARE_DEGREE.exec(clean);
  if (bare && !NOT_SUBJECT.test(bare[2]!)) return { studyType: bare[1]!.trim(), area: bare[2]!.trim() };
  const m = /^(.*?\S)\s+(in|en|de|in the field of|im fach|im bereich)\s+(.+)$/i.exec(clean);
  // The joining word stays in the test: "Certificate in", "Associate in" are degrees only with it.
  if (m && DEGREE.test(` ${m[1]} ${m[2]}`) && !/\b(?:of|en)$/i.test(m[1]!)) return { studyType: m[1]!.trim(), area: m[3]!.trim() };
  const colon = /^(.+?)\s*[:,]\s*(.+)$/.exec(clean);
  if (colon && DEGREE.test(` ${colon[1]}`)) return { studyType: colon[1]!.trim(), area: colon[2]!.trim() };
  return { studyType: clean };
}

/** Words that name a subject, so "University of Toronto, Computer Science" keeps its subject apart. */
const SUBJECT =
  /\b(?:science|sciences|studies|engineering|management|administration|arts|education|technology|economics|mathematics|design|law|medicine|nursing|business|finance|accounting|marketing|psychology|biology|chemistry|physics|history|english|communications?|literature|health|policy|analytics|statistics|informatics|computing|music|theatre|theater|philosophy|sociology|languages?)\b/i;
const CAMPUS = /^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2}$/u;

/**
 * "University of California, Berkeley": a multi-campus university names its campus after a comma.
 * A bare place name right after "University of ..." (not followed by a state or country, which makes
 * it the location, and not a subject) belongs to the institution's name.
 */
function joinCampus(parts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    const campus =
      next &&
      /^universit\w*\s+of\s/i.test(part) &&
      CAMPUS.test(next) &&
      !SUBJECT.test(next) &&
      !DEGREE.test(` ${next}`) &&
      !INSTITUTION.test(next);
    if (campus && !(parts[i + 2] && isRegion(parts[i + 2]!))) {
      out.push(`${part}, ${next}`);
      i++;
    } else out.push(part);
  }
  return out;
}

/** Header pieces split at commas, without GPA notes and bare numbers. */
function educationPieces(fields: HeaderFields): Piece[] {
  return fields.pieces
    .flatMap((p) => joinCampus(p.text.replace(GPA, '').split(/,\s+(?![^()]*\))/)).map((text) => ({ text: text.trim(), line: p.line })))
    .filter((p) => p.text && !/\b(?:c?gpa|grade|note)\b/i.test(p.text) && !/^[\d.,/ ]+$/.test(p.text));
}

/** The institution piece and the degree piece (by word lists; the institution falls back to position). */
function pickPieces(pieces: Piece[]): { inst?: Piece; deg?: Piece } {
  const isInst = (p: Piece) => INSTITUTION.test(p.text);
  // "Lincoln High School" names a school; "High School Diploma" names a degree.
  const notDegree = pieces.findIndex((p) => isInst(p) && !DEGREE.test(` ${p.text.replace(/\bhigh school$/i, '')}`));
  const instIndex = notDegree >= 0 ? notDegree : pieces.findIndex(isInst);
  const degIndex = pieces.findIndex((p, i) => i !== instIndex && DEGREE.test(` ${p.text}`));
  const inst = instIndex >= 0 ? pieces[instIndex] : pieces.find((_, i) => i !== degIndex);
  return { inst, deg: degIndex >= 0 ? pieces[degIndex] : undefined };
}

function readDegree(pieces: Piece[], inst: Piece | undefined, deg: Piece | undefined, out: ParsedEducation): void {
  const { education, sources } = out;
  if (!deg) {
    const other = pieces.find((p) => p !== inst);
    if (other) {
      education.area = other.text;
      sources.area = other.line;
    }
    return;
  }
  const next = pieces[pieces.indexOf(deg) + 1];
  const separateArea = next && next !== inst && next.line === deg.line && !DEGREE.test(` ${next.text}`) && !MINOR.test(next.text);
  const split = separateArea ? { studyType: deg.text.replace(GPA, '').trim(), area: next.text } : splitDegree(deg.text);
  education.studyType = split.studyType;
  sources.studyType = deg.line;
  if (split.area) {
    education.area = split.area.replace(GPA, '').trim();
    sources.area = deg.line;
  }
}

/** A single date is the graduation date; a range gives start and end ("present" leaves no end). */
function readDates(dates: HeaderFields['dates'], out: ParsedEducation): void {
  if (!dates) return;
  if (!dates.single && dates.startDate) {
    out.education.startDate = dates.startDate;
    out.sources.startDate = dates.line;
  }
  const end = dates.single ? dates.startDate : dates.endDate;
  if (end && !dates.present) {
    out.education.endDate = end;
    out.sources.endDate = dates.line;
  }
}

/** The second header follows the first with no line between them (no bullets, no gap text). */
function adjacent(first: PLine[], second: PLine[]): boolean {
  const end = first[first.length - 1];
  return !!end && !!second[0] && second[0].index === end.index + 1;
}

export function parseEducationSection(lines: PLine[]): ParsedEducation[] {
  const out: ParsedEducation[] = [];
  let previousHeader: PLine[] = [];
  for (const entry of splitEntries(lines, roleOf)) {
    const fields = readHeader(entry.header);
    const pieces = educationPieces(fields);
    const parsed: ParsedEducation = { education: {}, sources: {} };
    const { inst, deg } = pickPieces(pieces);
    const last = out[out.length - 1];
    // Degrees listed one after another under one institution ("Ph.D. …, 2019" / "M.Phil. …, 2016") share it.
    const shared = !inst && deg && last?.sources.institution && adjacent(previousHeader, entry.header) ? last : null;
    if (inst) {
      parsed.education.institution = inst.text;
      parsed.sources.institution = inst.line;
    } else if (shared) {
      parsed.education.institution = shared.education.institution!;
      parsed.sources.institution = shared.sources.institution!;
    }
    previousHeader = entry.header;
    readDegree(pieces, inst, deg, parsed);
    readDates(fields.dates, parsed);
    const courses = entry.body.map((l) => l.text).filter((t) => /cours|coursework|modules|asignaturas|kurse/i.test(t));
    if (courses.length) parsed.education.courses = courses.flatMap((t) => t.replace(/^[^:]*:\s*/, '').split(/,\s*/)).filter(Boolean);
    if (parsed.education.institution || parsed.education.studyType) out.push(parsed);
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
