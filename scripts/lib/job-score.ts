/**
 * Scores one ParsedJob against a hand-written job label (/work/shared/datasets/README.md,
 * "Job labels"; snake_case keys). Every field scores 0..1; a null/empty label with a null/empty
 * output scores 1, and one side missing scores 0. Rules:
 * - text is compared after folding case, accents and punctuation;
 * - title, company: token-set Dice ≥ 0.8 counts 1, else 0;
 * - location: token-set Dice (partial credit), US state and Canadian province codes expanded
 *   ("Phoenix, AZ" = "Phoenix, Arizona");
 * - remote, employment_type: vocabularies normalized ("FULL_TIME" = "full-time", "on-site" = "onsite");
 * - seniority: exact after mapping label words the contract has no rung for (manager/supervisor →
 *   lead, director/vp/head/chief → executive, staff → senior, entry-level/graduate → entry);
 * - min_years_experience: exact;
 * - education: labels are free text. A label saying no degree is needed counts as null; an
 *   output with `required: false` counts as null (the label states the requirement). Otherwise
 *   the lowest degree level named in the label must equal the output level; a label naming no
 *   level (e.g. a certificate) needs token Dice ≥ 0.6 with the output text;
 * - salary: mean of min, max (within 0.5%), currency and period (null = null counts);
 * - required_skills, preferred_skills: greedy one-to-one matching of items by token-set Dice
 *   (stop words dropped, light stemming) ≥ 0.6; score = F1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedJob } from '../../src-preload/contract/job.types';
import { parseJobText } from '../../src-main/core/jobs/parse';

export interface JobLabel {
  title: string | null;
  company: string | null;
  location: string | null;
  remote: string | null;
  employment_type: string | null;
  seniority: string | null;
  min_years_experience: number | null;
  education: string | null;
  required_skills: string[];
  preferred_skills: string[];
  salary: { min: number | null; max: number | null; currency: string | null; period: string | null } | null;
}

export const JOB_FIELDS = [
  'title', 'company', 'location', 'remote', 'employment_type', 'seniority', 'min_years_experience', 'education',
  'required_skills', 'preferred_skills', 'salary',
] as const;
export type JobField = (typeof JOB_FIELDS)[number];

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'and', 'or', 'with', 'for', 'to', 'on', 'at', 'as', 'by', 'skills', 'skill']);
const REGION_CODES: Record<string, string> = {
  al: 'alabama', ak: 'alaska', az: 'arizona', ar: 'arkansas', ca: 'california', co: 'colorado', ct: 'connecticut', de: 'delaware',
  fl: 'florida', ga: 'georgia', hi: 'hawaii', id: 'idaho', il: 'illinois', in: 'indiana', ia: 'iowa', ks: 'kansas', ky: 'kentucky',
  la: 'louisiana', me: 'maine', md: 'maryland', ma: 'massachusetts', mi: 'michigan', mn: 'minnesota', ms: 'mississippi',
  mo: 'missouri', mt: 'montana', ne: 'nebraska', nv: 'nevada', nh: 'new hampshire', nj: 'new jersey', nm: 'new mexico',
  ny: 'new york', nc: 'north carolina', nd: 'north dakota', oh: 'ohio', ok: 'oklahoma', or: 'oregon', pa: 'pennsylvania',
  ri: 'rhode island', sc: 'south carolina', sd: 'south dakota', tn: 'tennessee', tx: 'texas', ut: 'utah', vt: 'vermont',
  va: 'virginia', wa: 'washington', wv: 'west virginia', wi: 'wisconsin', wy: 'wyoming', dc: 'district of columbia',
  on: 'ontario', qc: 'quebec', bc: 'british columbia', ab: 'alberta', mb: 'manitoba', sk: 'saskatchewan', ns: 'nova scotia',
};

export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|s|e)$/, '');
}

export function tokenSet(text: string): Set<string> {
  return new Set(fold(text).split(' ').filter((word) => word && !STOP_WORDS.has(word)).map(stem));
}

export function dice(a: string, b: string): number {
  const left = tokenSet(a);
  const right = tokenSet(b);
  if (left.size === 0 && right.size === 0) return fold(a) === fold(b) ? 1 : 0;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function presence(label: unknown, output: unknown): number | null {
  if (isBlank(label) && isBlank(output)) return 1;
  if (isBlank(label) || isBlank(output)) return 0;
  return null;
}

function fuzzyName(label: string | null, output: string | null, threshold = 0.8): number {
  return presence(label, output) ?? (dice(label ?? '', output ?? '') >= threshold ? 1 : 0);
}

function expandRegions(text: string): string {
  return fold(text)
    .split(' ')
    .map((word) => REGION_CODES[word] ?? word)
    .join(' ');
}

function locationScore(label: string | null, output: string | null): number {
  return presence(label, output) ?? dice(expandRegions(label ?? ''), expandRegions(output ?? ''));
}

export function normalizeRemote(value: string | null): string | null {
  if (!value) return null;
  const folded = fold(value).replace(/\s/g, '');
  if (/onsite|inoffice|office|inperson/.test(folded)) return 'onsite';
  if (folded.includes('hybrid')) return 'hybrid';
  if (folded.includes('remote') || folded.includes('telecommute')) return 'remote';
  return folded;
}

export function normalizeEmployment(value: string | null): string | null {
  if (!value) return null;
  const folded = fold(value).replace(/\s/g, '');
  const map: [RegExp, string][] = [
    [/intern/, 'internship'], [/volunt/, 'volunteer'], [/perdiem/, 'per-diem'], [/temp|seasonal/, 'temporary'],
    [/contract|freelance|fixedterm/, 'contract'], [/parttime/, 'part-time'], [/fulltime|permanent/, 'full-time'],
  ];
  return map.find(([pattern]) => pattern.test(folded))?.[1] ?? folded;
}

export function normalizeSeniority(value: string | null): string | null {
  if (!value) return null;
  const folded = fold(value);
  const map: [RegExp, string][] = [
    [/manager|supervisor|lead/, 'lead'], [/director|vp|vice president|head|chief|executive/, 'executive'],
    [/staff|senior/, 'senior'], [/entry|graduate/, 'entry'], [/mid|intermediate/, 'mid'],
  ];
  return map.find(([pattern]) => pattern.test(folded))?.[1] ?? folded;
}

const LEVEL_PATTERNS: [RegExp, number][] = [
  [/high school|\bged\b|secondary/, 0], [/associate/, 1], [/bachelor|\bbs\b|\bba\b|undergraduate/, 2],
  [/master|\bms\b|\bmsc\b|\bmba\b/, 3], [/phd|doctor/, 4],
];
const OUTPUT_RANK: Record<string, number> = { 'high-school': 0, associate: 1, bachelor: 2, master: 3, doctorate: 4 };

function lowestLevel(text: string): number | null {
  const folded = fold(text);
  const ranks = LEVEL_PATTERNS.filter(([pattern]) => pattern.test(folded)).map(([, rank]) => rank);
  return ranks.length > 0 ? Math.min(...ranks) : null;
}

function educationScore(label: string | null, output: ParsedJob['education']): number {
  const labelText = label && /\bno (degree|diploma|education)|not required/i.test(label) ? null : label;
  const effective = output && output.required ? output : null;
  const missing = presence(labelText, effective);
  if (missing !== null || !labelText || !effective) return missing ?? 0;
  const level = lowestLevel(labelText);
  if (level !== null) return OUTPUT_RANK[effective.level] === level ? 1 : 0;
  return dice(labelText, effective.text) >= 0.6 ? 1 : 0;
}

function closeNumber(label: number | null, output: number | null): number {
  if (label === null || output === null) return label === output ? 1 : 0;
  return Math.abs(label - output) <= Math.abs(label) * 0.005 ? 1 : 0;
}

function salaryScore(label: JobLabel['salary'], output: ParsedJob['salary']): number {
  const missing = presence(label, output);
  if (missing !== null || !label || !output) return missing ?? 0;
  const currency = (label.currency ?? '').toUpperCase() === (output.currency ?? '').toUpperCase() ? 1 : 0;
  const period = (label.period ?? null) === (output.period ?? null) ? 1 : 0;
  return (closeNumber(label.min, output.min) + closeNumber(label.max, output.max) + currency + period) / 4;
}

export const ITEM_THRESHOLD = 0.6;

/** F1 of a greedy one-to-one matching, best pairs first. */
export function listScore(label: string[], output: string[]): number {
  const missing = presence(label, output);
  if (missing !== null) return missing;
  const pairs: { i: number; j: number; score: number }[] = [];
  label.forEach((left, i) => output.forEach((right, j) => pairs.push({ i, j, score: dice(left, right) })));
  pairs.sort((a, b) => b.score - a.score);
  const usedLabel = new Set<number>();
  const usedOutput = new Set<number>();
  let matched = 0;
  for (const pair of pairs) {
    if (pair.score < ITEM_THRESHOLD || usedLabel.has(pair.i) || usedOutput.has(pair.j)) continue;
    usedLabel.add(pair.i);
    usedOutput.add(pair.j);
    matched += 1;
  }
  const precision = matched / output.length;
  const recall = matched / label.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function exact(label: string | null, output: string | null): number {
  return presence(label, output) ?? (label === output ? 1 : 0);
}

export function scoreJob(label: JobLabel, output: ParsedJob): Record<JobField, number> {
  return {
    title: fuzzyName(label.title, output.title),
    company: fuzzyName(label.company, output.company),
    location: locationScore(label.location, output.location),
    remote: exact(normalizeRemote(label.remote), normalizeRemote(output.remote)),
    employment_type: exact(normalizeEmployment(label.employment_type), normalizeEmployment(output.employmentType)),
    seniority: exact(normalizeSeniority(label.seniority), normalizeSeniority(output.seniority)),
    min_years_experience: label.min_years_experience === output.minYearsExperience ? 1 : 0,
    education: educationScore(label.education, output.education),
    required_skills: listScore(label.required_skills ?? [], output.requiredSkills),
    preferred_skills: listScore(label.preferred_skills ?? [], output.preferredSkills),
    salary: salaryScore(label.salary, output.salary),
  };
}

export interface LabelledPosting {
  id: string;
  path: string;
  label: JobLabel;
}

/** Every `<id>.txt|.md|.html|.htm` with an `<id>.label.json` beside it, sorted by id. Files are read, never copied. */
export function labelledPostings(folder: string): LabelledPosting[] {
  const files = readdirSync(folder);
  const postings: LabelledPosting[] = [];
  for (const file of files.filter((name) => name.endsWith('.label.json')).sort()) {
    const id = file.slice(0, -'.label.json'.length);
    const document = ['.txt', '.md', '.html', '.htm'].map((ext) => `${id}${ext}`).find((name) => files.includes(name));
    if (!document) continue;
    postings.push({ id, path: join(folder, document), label: JSON.parse(readFileSync(join(folder, file), 'utf8')) as JobLabel });
  }
  return postings;
}

/** Parses a posting file the way an imported file is parsed: `.html` as HTML, anything else as text. */
export function parsePostingFile(path: string): ParsedJob {
  const raw = readFileSync(path, 'utf8');
  const isHtml = /\.html?$/i.test(path);
  return parseJobText({ text: isHtml ? '' : raw, html: isHtml ? raw : null, source: { kind: 'file', name: 'File', url: null, externalId: null } });
}
