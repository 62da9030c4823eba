/**
 * Field keyword lists from `resume/organvm-a-i--skills_industry-keywords.md` (Apache-2.0).
 * Only the lines that name tools, languages, methods and certifications are used; metrics, roles,
 * firms and industries are not skills ("SQL" under Metrics means a sales-qualified lead).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addForm, derivedSkill, type DerivedSkill } from './derived';
import type { Vocabulary } from './vocabulary';

/** Lines whose label names something a person can have as a skill. */
const SKILL_LABELS = new Set([
  'languages', 'frameworks', 'cloud', 'infrastructure', 'monitoring', 'databases', 'platforms', 'tools',
  'systems', 'practices', 'methodologies', 'methods', 'skills', 'certifications', 'regulations', 'channels',
  'domains', 'concepts', 'security', 'specialties',
]);

/** Words from the lists that are too vague or too ambiguous to find in a resume. */
const SKIPPED_ITEMS = new Set([
  'oracle', 'mba', '80/20', 'issue trees', 'hypothesis-driven', 'social media', 'challenger', 'consultative',
  'principle', 'layout', 'cost reduction', 'lean certified', 'manhattan', 'ind', 'nda', 'data management',
  'lean six sigma healthcare', 'commercial', 'strategy', 'management', 'operations', 'concepts', 'compliance',
  'tax', 'audit', 'treasury', 'mvp', 'okrs', 'kpis', 'multi-cloud', 'healthcare operations',
]);

/** Section (### heading) -> category; a label can refine it for the software section. */
const SECTION_CATEGORIES: [RegExp, string][] = [
  [/data science/i, 'Data & AI'],
  [/devops/i, 'Cloud & DevOps'],
  [/cyber/i, 'IT & security'],
  [/product management/i, 'Project management'],
  [/finance|banking|equity|consulting/i, 'Finance & accounting'],
  [/marketing|sales/i, 'Marketing & sales'],
  [/health|clinical|pharma/i, 'Healthcare'],
  [/design/i, 'Design & creative'],
  [/operations|supply/i, 'Operations & logistics'],
];

const SOFTWARE_LABELS: Record<string, string> = {
  languages: 'Programming languages',
  frameworks: 'Web & frameworks',
  cloud: 'Cloud & DevOps',
  databases: 'Databases',
};

export function readIndustryKeywords(dataDir: string, vocabulary: Vocabulary): DerivedSkill[] {
  const text = readFileSync(join(dataDir, 'resume', 'organvm-a-i--skills_industry-keywords.md'), 'utf8');
  const skills: DerivedSkill[] = [];
  let section = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('### ')) section = line.slice(4).trim();
    const match = /^([A-Za-z ]+):\s*(.+)$/.exec(line.trim());
    if (!match || line.startsWith('#')) continue;
    const label = (match[1] ?? '').trim().toLowerCase();
    if (!SKILL_LABELS.has(label)) continue;
    const category = sectionCategory(section, label);
    for (const item of (match[2] ?? '').split(',').map((part) => part.trim())) {
      if (item.length < 3 || item.split(' ').length > 4 || SKIPPED_ITEMS.has(item.toLowerCase())) continue;
      const skill = derivedSkill(item, category, 'keywords');
      if (!item.includes(' ') && vocabulary.count(item) > 0) addForm(skill, item, 'ambiguous');
      skills.push(skill);
    }
  }
  return skills;
}

function sectionCategory(section: string, label: string): string {
  if (/software/i.test(section)) return SOFTWARE_LABELS[label] ?? 'Software engineering';
  return SECTION_CATEGORIES.find(([pattern]) => pattern.test(section))?.[1] ?? 'Professional skills';
}
