/**
 * Education requirement: the first sentence naming a degree level, searched in requirement and
 * education sections before the rest. When a sentence names several levels ("BS/MS",
 * "PhD or Master's with 4+ years") the lowest one is the requirement. A sentence with a
 * "preferred" cue, or found only under a nice-to-have heading, is `required: false`.
 * "No degree required" and certificates without a degree level give null: the contract's
 * `EducationLevel` has no rung for them.
 */
import type { EducationLevel, ParsedJob } from '../../../../src-preload/contract/job.types';
import type { Section, SectionKind } from './sections';
import { isPreferredClause } from './cues';

type Education = NonNullable<ParsedJob['education']>;

const LEVELS: { level: EducationLevel; pattern: RegExp }[] = [
  { level: 'high-school', pattern: /\bhigh[- ]school\b|\bGED\b|\bsecondary school\b|\bbaccalaur[ée]at\b|\bbachillerato\b|\babitur\b/i },
  { level: 'associate', pattern: /\bassociate(?:'|’)?s? (?:degree|of)\b|\btwo[- ]year degree\b|\bA\.A\.S?\.?(?!\w)/i },
  { level: 'bachelor', pattern: /\bB\.?S\.?c?\.?(?=[\s,/)]|$)|\bB\.A\.|\bB\.?Eng\b|\bBSN\b|\bBBA\b|\bB\.?Tech\b/ },
  {
    level: 'bachelor',
    pattern: /\bbachelor(?:'|’)?s?\b|\bundergraduate degree\b|\b(?:four|4)[- ]year (?:college |university )?degree\b|\b(?:college|university) degree\b|\blicence\b|\blicenciatura\b|\bgrado universitario\b/i,
  },
  { level: 'master', pattern: /\bmaster(?:'|’)?s\b|\bmasters?(?:'|’)? (?:degree|of|in)\b|\bM\.?Sc\b|\bMBA\b|\bmaîtrise\b|\bmáster\b/i },
  // Case-sensitive: "ms" is also milliseconds, and "MS Office" / "MS SQL" are Microsoft products.
  { level: 'master', pattern: /\bM\.S\.|\bMS\b(?=[\s,/)]|$)(?!\s+(?:Office|Excel|Word|Access|Project|Teams|SQL|Dynamics|Outlook|PowerPoint|Visio|365|Azure)\b)/ },
  { level: 'doctorate', pattern: /\bph\.?\s?d\b|\bdoctora(?:te|l)\b|\bdoctorat\b|\bdoktor|\bdoctorado\b/i },
  { level: 'doctorate', pattern: /\bPharm\.?D\b|\bDVM\b|\bDDS\b|\bDMD\b|\bDPT\b|\bPsy\.?D\b|\bM\.D\./ },
];
/** Sentence ends, but not after "e.g.", "i.e." or "etc.". */
export const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|min|no))(?<=[.!?])\s+(?=[\p{Lu}\d])/u;
const RANK: Record<EducationLevel, number> = { 'high-school': 0, associate: 1, bachelor: 2, master: 3, doctorate: 4 };
const NO_DEGREE = /\bno (?:degree|diploma|formal education)\b|\bdegree (?:is )?not required\b/i;

/** "A degree in Computer Science", "degree-level education": a degree with no level named is a bachelor's. */
const UNNAMED_DEGREE =
  /(?<!\b(?:high|great|certain|some|large|significant|reasonable|any)\s)\bdegree\b(?!\s+(?:of|not|is not|isn['’]t)\b)|\bdegree[- ]level\b|\bgraduate of an accredited\b/i;

export function educationLevelOf(text: string): EducationLevel | null {
  if (NO_DEGREE.test(text)) return null;
  const found = LEVELS.filter((entry) => entry.pattern.test(text)).map((entry) => entry.level);
  return found.sort((a, b) => RANK[a] - RANK[b])[0] ?? (UNNAMED_DEGREE.test(text) ? 'bachelor' : null);
}

function sentencesOf(section: Section): string[] {
  return section.lines.flatMap((line) => line.text.split(SENTENCE_END));
}

/** "Associate degree required; BSN preferred": the cue that counts is the one next to the level. */
function clauseNaming(sentence: string, level: EducationLevel): string {
  return sentence.split(/;\s*|,\s+|\s+(?:but|while|and)\s+/).find((clause) => educationLevelOf(clause) === level) ?? sentence;
}

const SEARCH_ORDER: SectionKind[] = ['education', 'required', 'intro', 'other', 'responsibilities', 'preferred', 'about', 'benefits'];

export function findEducation(sections: Section[], given: string | null = null): Education | null {
  if (given) {
    // A structured field may name a professional doctorate ("JD required"); in prose "JD" is often the job description.
    const level = educationLevelOf(given) ?? (/\bJ\.?D\b|\blaw degree\b/.test(given) ? 'doctorate' : null);
    return level ? { level, text: given.trim(), required: !isPreferredClause(given) } : null;
  }
  for (const kind of SEARCH_ORDER) {
    for (const section of sections.filter((candidate) => candidate.kind === kind)) {
      for (const sentence of sentencesOf(section)) {
        const level = educationLevelOf(sentence);
        if (!level) continue;
        const text = sentence.replace(/\s+/g, ' ').trim().slice(0, 240);
        return { level, text, required: kind !== 'preferred' && !isPreferredClause(clauseNaming(sentence, level)) };
      }
    }
  }
  return null;
}
