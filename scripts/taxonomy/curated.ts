/**
 * Hand curation for the skills taxonomy: canonical names, aliases, categories and the context
 * rules for ambiguous forms. The lists live in curated-*.ts by domain; this module parses them.
 * Curated entries win over anything derived from O*NET or ESCO (same key = same skill).
 */
import { BUSINESS_GROUPS } from './curated-business';
import { DOMAIN_GROUPS } from './curated-domains';
import { TECH_GROUPS } from './curated-tech';

export interface CuratedGroup {
  category: string;
  /** `Name | alias, =caseSensitiveAlias, ~ambiguousAlias | context word, context phrase` */
  skills: string[];
}

export interface CuratedSkill {
  name: string;
  category: string;
  aliases: string[];
  caseSensitive: string[];
  ambiguous: string[];
  context: string[];
}

/** Display order of categories in the app. */
export const CATEGORIES = [
  'Programming languages',
  'Web & frameworks',
  'Cloud & DevOps',
  'Databases',
  'Data & AI',
  'Software engineering',
  'IT & security',
  'Office & productivity',
  'Finance & accounting',
  'Marketing & sales',
  'Operations & logistics',
  'Project management',
  'Legal & HR',
  'Healthcare',
  'Trades & manufacturing',
  'Engineering & CAD',
  'Education',
  'Design & creative',
  'Professional skills',
  'Languages',
  'Software & tools',
] as const;

/**
 * Ordinary English words that must never become a bare, case-insensitive alias when they are
 * derived automatically (e.g. "Microsoft Word" must not make "word" a skill).
 */
export const BLOCKED_BARE_ALIASES = new Set(
  [
    'word', 'access', 'project', 'teams', 'office', 'sheets', 'docs', 'forms', 'edge', 'meet', 'dynamics',
    'analytics', 'ads', 'publisher', 'paint', 'photos', 'notes', 'drive', 'keynote', 'pages', 'numbers',
    'outlook', 'search', 'maps', 'earth', 'chrome', 'cloud', 'classroom', 'sites', 'slides', 'mail',
    'google', 'microsoft', 'oracle', 'apple', 'amazon', 'ibm', 'adobe', 'facebook', 'twitter', 'instagram',
    'linkedin', 'youtube', 'tiktok', 'pinterest', 'windows', 'internet', 'email', 'software', 'studio',
    'server', 'database', 'suite', 'enterprise', 'professional', 'pro', 'express', 'one', 'connect',
    'business', 'financials', 'reports', 'reader', 'works', 'center', 'manager', 'builder', 'designer',
    'spark', 'hive', 'pig', 'flume', 'ant', 'blink', 'eko', 'loom', 'seesaw', 'padlet', 'canu', 'j',
    'scheme', 'ada', 'basic', 'prolog', 'mumps', 'react', 'go', 'r', 'c', 'd', 'm', 'hms', 'act',
    'director', 'arena', 'painter', 'audition', 'presenter', 'exchange', 'maple', 'flex', 'domino', 'quark',
    'bamboo', 'middleware', 'central', 'navigator', 'explorer', 'compass', 'origin',
  ].map((word) => word.toLowerCase()),
);

export function parseCuratedLine(line: string, category: string): CuratedSkill {
  const [namePart = '', aliasPart = '', contextPart = ''] = line.split('|').map((part) => part.trim());
  const skill: CuratedSkill = { name: '', category, aliases: [], caseSensitive: [], ambiguous: [], context: [] };
  const addTerm = (term: string, isName: boolean): void => {
    const form = term.replace(/^[~=]/, '').trim();
    if (form.length === 0) return;
    if (isName) skill.name = form;
    else if (!skill.aliases.includes(form)) skill.aliases.push(form);
    if (term.startsWith('~')) skill.ambiguous.push(form);
    if (term.startsWith('=')) skill.caseSensitive.push(form);
  };
  addTerm(namePart, true);
  splitList(aliasPart).forEach((alias) => addTerm(alias, false));
  skill.context = splitList(contextPart).map((word) => word.toLowerCase());
  return skill;
}

function splitList(part: string): string[] {
  return part
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function curatedSkills(): CuratedSkill[] {
  const groups = [...TECH_GROUPS, ...BUSINESS_GROUPS, ...DOMAIN_GROUPS];
  return groups.flatMap((group) => group.skills.map((line) => parseCuratedLine(line, group.category)));
}
