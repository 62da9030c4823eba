/**
 * Named ICT tools and languages from the ESCO v1.2.0 digital skills collection, and spoken
 * languages from the language skills collection (ESCO, © European Union, CC BY 4.0).
 * Only capitalised knowledge concepts (product and language names) are used: ESCO's lower-case
 * labels ("manage staff", "hardware components") are too vague to match resume text reliably.
 */
import { join } from 'node:path';
import { addForm, derivedSkill, type DerivedSkill } from './derived';
import { readCsv } from './read-data';
import type { Vocabulary } from './vocabulary';

const MAX_WORDS = 4;

/** Labels that are obscure engines or too generic to be a resume skill. */
const SKIPPED = new Set([
  'RAGE', 'Shiva', 'Project Anarchy', 'Havok Vision', 'Source', 'HeroEngine', 'Frostbite', 'STAF', 'WebCMS',
  'JSSS', 'ATM systems', 'Process-based management', 'Prototyping development', '3D printing process',
  'Outsourcing model', 'Open source model', 'id Tech', 'Spiral development', 'Iterative development',
]);

/** Checked in order against all broader concepts of a skill, so the specific rules come first. */
const CATEGORY_RULES: [RegExp, string][] = [
  [/learning management|education/i, 'Education'],
  [/penetration testing|security/i, 'IT & security'],
  [/game creation|development environment|configuration management/i, 'Software engineering'],
  [/extraction, transformation|statistics/i, 'Data & AI'],
  [/project management/i, 'Project management'],
  [/database management systems|query languages/i, 'Databases'],
  [/programming|style sheet/i, 'Programming languages'],
  [/audio-visual|graphics editor/i, 'Design & creative'],
  [/marketing|sales/i, 'Marketing & sales'],
  [/medical/i, 'Healthcare'],
  [/database/i, 'Databases'],
  [/software and applications/i, 'Software engineering'],
];

function cleanLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

function isNamedConcept(label: string): boolean {
  return (
    /^[A-Z0-9]/.test(label) &&
    label.split(' ').length <= MAX_WORDS &&
    !/\bICT\b|software|framework$|standards|policy|policies|model$/i.test(label)
  );
}

function escoCategory(broader: string): string {
  return CATEGORY_RULES.find(([pattern]) => pattern.test(broader))?.[1] ?? 'Software & tools';
}

export function readEscoDigitalTools(dataDir: string, vocabulary: Vocabulary): DerivedSkill[] {
  const rows = readCsv(join(dataDir, 'esco', 'digitalSkillsCollection_en.csv'));
  const skills: DerivedSkill[] = [];
  for (const row of rows) {
    if (row.skillType !== 'knowledge') continue;
    const name = cleanLabel(row.preferredLabel ?? '');
    if (!isNamedConcept(name) || SKIPPED.has(name)) continue;
    const skill = derivedSkill(name, escoCategory(row.broaderConceptPT ?? ''), 'esco');
    if (!name.includes(' ') && vocabulary.count(name) > 0) addForm(skill, name, 'ambiguous');
    for (const alt of (row.altLabels ?? '').split(/\n| \| /).map(cleanLabel)) {
      if (alt.length < 2 || alt.split(' ').length > MAX_WORDS || !/[A-Z]/.test(alt)) continue;
      const englishWord = !alt.includes(' ') && vocabulary.count(alt) > 0;
      addForm(skill, alt, englishWord ? 'ambiguous' : /^[A-Z0-9]+$/.test(alt) ? 'case' : 'normal');
    }
    skills.push(skill);
  }
  return skills;
}

/** Spoken languages: always capitalised in English, so they match case-sensitively ("Polish", not "polish"). */
export function readEscoLanguages(dataDir: string): DerivedSkill[] {
  const rows = readCsv(join(dataDir, 'esco', 'languageSkillsCollection_en.csv'));
  const skills: DerivedSkill[] = [];
  for (const row of rows) {
    if (row.skillType !== 'knowledge') continue;
    const name = cleanLabel(row.preferredLabel ?? '');
    if (!/^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(name)) continue;
    const skill = derivedSkill(name, 'Languages', 'esco');
    addForm(skill, name, 'case');
    skills.push(skill);
  }
  return skills;
}
