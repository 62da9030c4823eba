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
  { level: 'master', pattern: /\bmaster(?:'|’)?s\b|\bmasters?(?:'|’)? (?:degree|of|in)\b|\bM\.?Sc\b|\bM\.S\.|\bMS\b(?=[\s,/)]|$)|\bMBA\b|\bmaîtrise\b|\bmáster\b/i },
  { level: 'doctorate', pattern: /\bph\.?\s?d\b|\bdoctora(?:te|l)\b|\bdoctorat\b|\bdoktor|\bdoctorado\b/i },
];
/** Sentence ends, but not after "e.g.", "i.e." or "etc.". */
export const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|min|no))(?<=[.!?])\s+(?=[\p{Lu}\d])/u;
const RANK: Record<EducationLevel, number> = { 'high-school': 0, associate: 1, bachelor: 2, master: 3, doctorate: 4 };
const NO_DEGREE = /\bno (?:degree|diploma|formal education)\b|\bdegree (?:is )?not required\b/i;

export function educationLevelOf(text: string): EducationLevel | null {
  if (NO_DEGREE.test(text)) return null;
  const found = LEVELS.filter((entry) => entry.pattern.test(text)).map((entry) => entry.level);
  return found.sort((a, b) => RANK[a] - RANK[b])[0] ?? null;
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
    const level = educationLevelOf(given);
    return level ? { level, text: given.trim(), required: !isPreferredClause(given) } : null;
  }
  for (const kind of SEARCH_ORDER) {
    for (const section of sections.filter((candidate) => candidate.kind === kind)) {
      for (const sentence of sentencesOf(section)) {
        const level = educationLevelOf(sentence);
        if (!level || (/\bMS\b/.test(sentence) && !/degree|\bBS\b|\bB\.S|bachelor/i.test(sentence) && level === 'master')) continue;
        const text = sentence.replace(/\s+/g, ' ').trim().slice(0, 240);
        return { level, text, required: kind !== 'preferred' && !isPreferredClause(clauseNaming(sentence, level)) };
      }
    }
  }
  return null;
}
