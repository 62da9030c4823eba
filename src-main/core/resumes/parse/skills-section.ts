/**
 * Skills: "Group: a, b, c" lines become one skill group each; bare lists (commas, pipes, bullets,
 * table cells) become keywords of a single group. A "Languages:" group listing spoken languages is
 * handed to the languages section instead.
 */
import type { ResumeSkill } from '../../../../src-preload/contract/resume.types';
import { normalizeSkill } from '../../skills/skill-matcher';
import type { PLine } from './lines';

const SPOKEN = new Set(
  (
    'english spanish french german italian portuguese dutch russian chinese mandarin cantonese japanese korean arabic hindi urdu bengali ' +
    'punjabi turkish persian farsi polish ukrainian swedish norwegian danish finnish greek hebrew vietnamese thai indonesian malay tagalog ' +
    'filipino romanian hungarian czech slovak catalan basque galician swahili tamil telugu marathi gujarati ' +
    'anglais espagnol français francais allemand italien portugais chinois japonais arabe russe ' +
    'inglés ingles español espanol francés frances alemán aleman italiano portugués chino japonés ' +
    'englisch spanisch französisch franzoesisch deutsch italienisch portugiesisch chinesisch japanisch russisch'
  ).split(' '),
);

export function isSpokenLanguage(item: string): boolean {
  const first = item
    .toLowerCase()
    .replace(/\(.*\)|[:–-].*$/, '')
    .trim()
    .split(/\s+/);
  return first.some((w) => SPOKEN.has(w));
}

const LEAD_IN =
  /^(?:(?:highly |very )?(?:proficient|fluent|skilled|experienced|familiar|competent|knowledgeable|advanced|intermediate|basic|native)\s+(?:in|with|at)\s+|knowledge of\s+|expertise in\s+|experience (?:in|with)\s+)/i;

/** "Python (Expert)", "SQL – 5 years": a level or a duration after the skill is not part of its name. */
const LEVEL =
  /\s*(?:\(\s*(?:expert|advanced|intermediate|beginner|basic|proficient|familiar|working knowledge|novice|\d+\+?\s*(?:years?|yrs?))\s*\)|\s[-–—]\s*(?:expert|advanced|intermediate|beginner|basic|\d+\+?\s*(?:years?|yrs?)))$/i;
const withoutLevel = (item: string) => item.replace(LEVEL, '').trim() || item;
const CONJUNCTION = /\s+(?:and|&|et|y|und)\s+/i;
const known = (part: string) => normalizeSkill(part) !== null;
/** "PowerPoint", "Mac OS", "C++", "S3": capitals inside the word, digits or symbols — a product name. */
const productLike = (part: string) => /^\S.*(?:\p{Lu}|\d|[+#])/u.test(part) || /^\./.test(part);
const nameLike = (part: string) => /^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 3;

/**
 * "Excel & Access", "Python and SQL", "Linux and Mac OS" are two skills each; "Research and
 * Development" or "Sales & Marketing" are one. Split only when every part is a known skill, or, in a
 * list, when every part reads like a product name and at least one is known or product-like.
 */
function splitConjunction(item: string, listLike: boolean): string[] {
  const parts = item.split(CONJUNCTION).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => !p)) return [item];
  if (parts.every(known)) return parts;
  const productList = parts.every((p) => known(p) || productLike(p) || nameLike(p)) && parts.some((p) => known(p) || productLike(p));
  return listLike && productList ? parts : [item];
}

/**
 * Pipes, bullets and table cells mark every item's bounds, so "Staffing & Scheduling | Budgets" has
 * two items as written; commas and semicolons also join items with "and" ("Word, Excel & Access").
 */
const DRAWN_SEPARATORS = /\t|\s*[|•·▪◦]\s*/;

export function splitItems(text: string): string[] {
  const parts = text.split(/\t|\s*[|•·;▪◦]\s*|,\s*(?![^()]*\))/);
  const listLike = parts.length >= 2;
  const drawn = DRAWN_SEPARATORS.test(text) && !/[,;]/.test(text.replace(/\([^)]*\)/g, ''));
  return parts
    .map((p) =>
      p
        .replace(LEAD_IN, '')
        .replace(/^(?:and|et|y|und|&)\s+/i, '')
        .trim(),
    )
    .flatMap((p) => (CONJUNCTION.test(p) && !drawn ? splitConjunction(p, listLike) : [p]))
    .map((p) =>
      p
        .replace(LEAD_IN, '')
        .replace(/[.;:]$/, '')
        .trim(),
    )
    .filter((p) => p.length > 0 && p.length <= 60);
}

export interface SkillsResult {
  skills: { skill: ResumeSkill; line: PLine }[];
  languages: { text: string; line: PLine }[];
}

/** "Languages: Go, Rust; Frameworks: React": several groups on one line, each with its own label. */
function groupSegments(text: string): string[] {
  return text.split(/\s*[;|]\s*(?=[^:：;|,]{2,40}[:：])/);
}

export function parseSkillsSection(lines: PLine[]): SkillsResult {
  const skills: SkillsResult['skills'] = [];
  const languages: SkillsResult['languages'] = [];
  let loose: { skill: ResumeSkill; line: PLine } | null = null;
  for (const line of lines) {
    for (const segment of groupSegments(line.text)) {
      const group = /^([^:：]{2,40})[:：]\s*(.+)$/.exec(segment);
      if (group) {
        const items = splitItems(group[2]!);
        const name = group[1]!.trim();
        const spoken = /^(?:languages?|langues?|idiomas?|sprachen)$/i.test(name) || /language/i.test(name);
        if (spoken && items.every(isSpokenLanguage)) {
          for (const text of items) languages.push({ text, line });
          continue;
        }
        skills.push({ skill: { name, keywords: items.map(withoutLevel) }, line });
        continue;
      }
      const items = splitItems(segment);
      if (!items.length) continue;
      if (!loose) {
        loose = { skill: { name: 'Skills', keywords: [] }, line };
        skills.push(loose);
      }
      loose.skill.keywords!.push(...items.map(withoutLevel));
    }
  }
  return { skills, languages };
}
