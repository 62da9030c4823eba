/**
 * Technology skills from O*NET 29.3 `Technology Skills.txt` (CC BY 4.0, USDOL/ETA).
 * Keeps examples flagged Hot Technology / In Demand or listed for 3+ occupations, drops generic
 * descriptions ("Accounting software"), and turns "Hypertext markup language HTML" into "HTML"
 * and "Adobe Photoshop" into name + bare alias.
 */
import { join } from 'node:path';
import { BLOCKED_BARE_ALIASES } from './curated';
import { addForm, derivedSkill, type DerivedSkill } from './derived';
import { readTsv } from './read-data';
import { isDescriptive, type Vocabulary } from './vocabulary';

/** Examples that are neither hot nor in demand need this many occupations to be kept. */
const MIN_OCCUPATIONS = 5;
const MAX_NAME_WORDS = 4;

/** Trailing capitals that are not the product's own acronym ("Vulkan Graphics API"). */
const GENERIC_ACRONYMS = new Set(['API', 'SDK', 'HR', 'UI', 'CS', 'ES', 'XL', 'BW', 'MQ', 'XP', 'PM']);

const VENDORS = [
  'Amazon Web Services', 'Amazon', 'Microsoft', 'Adobe Systems', 'Adobe', 'Atlassian', 'Oracle', 'Google',
  'IBM', 'Autodesk', 'Dassault Systemes', 'Intuit', 'Apple', 'SAP', 'Apache', 'Red Hat', 'The MathWorks',
  'MathWorks', 'Corel', 'Trimble', 'Bentley Systems', 'Bentley', 'ESRI', 'Cisco Systems', 'Cisco', 'VMware',
  'Salesforce', 'Sage', 'Infor', 'Siemens', 'PTC', 'McNeel', 'Unity Technologies', 'Unreal Technology',
  'StataCorp', 'National Instruments', 'Thomson Reuters', 'Blackbaud', 'Kronos', 'Hyland Software', 'Hyland',
  'Xactware', 'Henry Schein', 'Avid Technology', 'Hewlett Packard', 'Hewlett-Packard', 'Embarcadero',
  'Wolfram Research', 'Maplesoft', 'Qlik Tech', 'Informatica Corporation', 'TIBCO', 'Epic Systems', 'Meta',
  'Quest', 'Rockwell Automation', 'Rockwell', 'LogMeIn', 'Nuance', 'Systat Software', 'GraphPad Software',
];

const CATEGORY_RULES: [RegExp, string][] = [
  [/medical|health|pharmacy|dental|patient/i, 'Healthcare'],
  [/accounting|financial|tax|billing|budget|payroll|fund/i, 'Finance & accounting'],
  [/conferencing|word processing|spreadsheet|office suite|presentation|electronic mail|calendar|document management|email/i, 'Office & productivity'],
  [/computer aided|\bcad\b|\bcam\b|drafting|design analysis|finite element|simulation|circuit|industrial control|map creation|geographic/i, 'Engineering & CAD'],
  [/data ?base management|data mining/i, 'Databases'],
  [/analytical|scientific|business intelligence|statistic|data analysis|data visualization/i, 'Data & AI'],
  [/development environment|object or component|web platform|compiler|program testing|configuration management|application server|web page/i, 'Web & frameworks'],
  [/operating system|network|security|virus|firewall|access|backup|storage|cloud/i, 'IT & security'],
  [/graphics|photo|video|desktop publishing|music|sound|animation/i, 'Design & creative'],
  [/customer relationship|sales|marketing|point of sale|social media/i, 'Marketing & sales'],
  [/enterprise resource|inventory|materials requirements|warehouse|transportation|logistics|procurement|purchasing/i, 'Operations & logistics'],
  [/human resources|time accounting|personnel|recruit/i, 'Legal & HR'],
  [/project management|scheduling/i, 'Project management'],
  [/training|learning|educational|classroom/i, 'Education'],
];

interface OnetExample {
  example: string;
  commodity: string;
  occupations: Set<string>;
  hot: boolean;
}

function collectExamples(dataDir: string): Map<string, OnetExample> {
  const examples = new Map<string, OnetExample>();
  for (const row of readTsv(join(dataDir, 'onet', 'Technology Skills.txt'))) {
    const example = (row.Example ?? '').trim();
    if (example.length === 0) continue;
    const entry = examples.get(example) ?? { example, commodity: row['Commodity Title'] ?? '', occupations: new Set(), hot: false };
    entry.occupations.add(row['O*NET-SOC Code'] ?? '');
    entry.hot ||= row['Hot Technology'] === 'Y' || row['In Demand'] === 'Y';
    examples.set(example, entry);
  }
  return examples;
}

export function categoryForCommodity(commodity: string): string {
  return CATEGORY_RULES.find(([pattern]) => pattern.test(commodity))?.[1] ?? 'Software & tools';
}

/** Splits "Structured query language SQL" / "Human resource information system (HRIS)" into words + acronym. */
export function splitAcronym(name: string): { base: string; acronym: string | null } {
  const paren = /^(.*\S)\s*\(([A-Z][A-Za-z0-9&+-]{1,9})\)$/.exec(name);
  if (paren) return checked(paren[1] ?? name, paren[2] ?? '', name);
  // "Geographic information system GIS systems": the acronym may be followed by lower-case words.
  const words = name.split(' ');
  let index = words.length - 1;
  while (index > 0 && /^[a-z]/.test(words[index] ?? '')) index -= 1;
  const candidate = words[index] ?? '';
  if (index >= 2 && /^[A-Z][A-Z0-9&+-]{1,7}$/.test(candidate) && /[A-Z]/.test(candidate.slice(1))) {
    return checked(words.slice(0, index).join(' '), candidate, name);
  }
  return { base: name, acronym: null };
}

function checked(base: string, acronym: string, name: string): { base: string; acronym: string | null } {
  return !GENERIC_ACRONYMS.has(acronym) && abbreviates(acronym, base) ? { base, acronym } : { base: name, acronym: null };
}

/** "HTML" abbreviates "Hypertext markup language"; "HR" does not abbreviate "ADP Enterprise". */
function abbreviates(acronym: string, phrase: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '');
  const words = phrase.toLowerCase().split(/\s+/);
  return words.some((word, start) => {
    if (!word.includes(letters.charAt(0))) return false;
    const rest = words.slice(start).join('').slice(word.indexOf(letters.charAt(0)));
    let position = 0;
    for (const letter of letters) {
      position = rest.indexOf(letter, position);
      if (position < 0) return false;
      position += 1;
    }
    return true;
  });
}

function stripVendor(name: string): string | null {
  const vendor = VENDORS.find((candidate) => name.startsWith(`${candidate} `));
  return vendor ? name.slice(vendor.length + 1).trim() : null;
}

export function onetSkillFromExample(example: string, commodity: string, vocabulary: Vocabulary): DerivedSkill | null {
  if (/[*]/.test(example)) return null;
  const cleaned = example.replace(/\s+software( applications)?$/i, '').replace(/\s+/g, ' ').trim();
  const { base, acronym } = splitAcronym(cleaned);
  const descriptive = acronym ? /^\S+( [a-z]\S*)+$/.test(base) : isDescriptive(base, vocabulary);
  if (descriptive && !acronym) return null;
  const name = descriptive && acronym ? acronym : acronym ? base : stripDescriptiveTail(base, vocabulary);
  if (name.split(' ').length > MAX_NAME_WORDS || BLOCKED_BARE_ALIASES.has(name.toLowerCase())) return null;
  if (stripVendor(`${name} `) === '') return null;
  const skill = derivedSkill(name, categoryForCommodity(commodity), 'onet');
  if (isSingleEnglishWord(name, vocabulary)) addForm(skill, name, 'ambiguous');
  else if (allWordsEnglish(name, vocabulary) || /^[A-Z0-9]{2,4}$/.test(name)) addForm(skill, name, 'case');
  if (acronym && acronym !== name) addForm(skill, acronym, acronym.length <= 4 ? 'case' : 'normal');
  if (descriptive && acronym) addForm(skill, base, 'normal');
  if (base !== name && !descriptive) addForm(skill, base, 'normal');
  addVendorlessAlias(skill, name, vocabulary);
  return skill;
}

/** "PointClickCare healthcare" -> "PointClickCare": drops trailing lower-case description words. */
function stripDescriptiveTail(name: string, vocabulary: Vocabulary): string {
  const words = name.split(' ');
  while (words.length > 1) {
    const last = words[words.length - 1] ?? '';
    if (!/^[a-z][a-z-]*$/.test(last) || vocabulary.count(last) === 0) break;
    words.pop();
  }
  return words.join(' ');
}

function addVendorlessAlias(skill: DerivedSkill, name: string, vocabulary: Vocabulary): void {
  const rest = stripVendor(name);
  if (!rest || rest.length < 3 || /^[0-9]/.test(rest) || BLOCKED_BARE_ALIASES.has(rest.toLowerCase())) return;
  if (rest.includes(' ') && allWordsEnglish(rest, vocabulary)) return;
  addForm(skill, rest, isSingleEnglishWord(rest, vocabulary) ? 'ambiguous' : 'normal');
}

function allWordsEnglish(phrase: string, vocabulary: Vocabulary): boolean {
  return phrase.split(' ').every((word) => vocabulary.count(word.toLowerCase()) > 0);
}

function isSingleEnglishWord(form: string, vocabulary: Vocabulary): boolean {
  return !form.includes(' ') && vocabulary.count(form) > 0;
}

export function readOnetTechnologySkills(dataDir: string, vocabulary: Vocabulary): DerivedSkill[] {
  const skills: DerivedSkill[] = [];
  for (const entry of collectExamples(dataDir).values()) {
    if (!entry.hot && entry.occupations.size < MIN_OCCUPATIONS) continue;
    const skill = onetSkillFromExample(entry.example, entry.commodity, vocabulary);
    if (skill) skills.push(skill);
  }
  return skills;
}
