/**
 * Builds resources/skills/taxonomy.json from the hand-curated list plus openly licensed data in
 * /work/shared/data (or $PATHWISE_DATA_DIR). Run: `npm run build:taxonomy`.
 * Sources and licences: resources/ATTRIBUTION.md. The output is checked in; the app imports it.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TaxonomyFile } from '../src-main/core/skills/taxonomy.types';
import { CATEGORIES, curatedSkills } from './taxonomy/curated';
import { readEscoDigitalTools, readEscoLanguages } from './taxonomy/esco';
import { readIndustryKeywords } from './taxonomy/keywords';
import { TaxonomyBuilder } from './taxonomy/merge';
import { readOnetTechnologySkills } from './taxonomy/onet';
import { buildVocabulary } from './taxonomy/vocabulary';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'resources', 'skills', 'taxonomy.json');
const MAX_BYTES = 1_500_000;

const SOURCES = [
  'Pathwise hand curation (scripts/taxonomy/curated*.ts)',
  'O*NET 29.3 Technology Skills, USDOL/ETA, CC BY 4.0',
  'ESCO v1.2.0 digital and language skills collections, © European Union, CC BY 4.0',
  'organvm-iv-taxis/a-i--skills industry-keywords.md, Apache-2.0',
];

function build(dataDir: string): TaxonomyFile {
  const vocabulary = buildVocabulary(dataDir);
  const builder = new TaxonomyBuilder();
  for (const skill of curatedSkills()) builder.add(skill, 'curated');
  for (const skill of readIndustryKeywords(dataDir, vocabulary)) builder.add(skill, 'keywords');
  for (const skill of readOnetTechnologySkills(dataDir, vocabulary)) builder.add(skill, 'onet');
  for (const skill of readEscoDigitalTools(dataDir, vocabulary)) builder.add(skill, 'esco');
  for (const skill of readEscoLanguages(dataDir)) builder.add(skill, 'esco');
  const skills = builder.skills();
  const used = new Set(skills.map((skill) => skill.category));
  console.log('entries per source:', builder.sourceCounts());
  return {
    version: 1,
    sources: SOURCES,
    categories: CATEGORIES.filter((category) => used.has(category)),
    skills,
  };
}

/** One skill per line and no timestamp: regenerating unchanged inputs gives an identical file. */
function serialize(file: TaxonomyFile): string {
  const { skills, ...head } = file;
  const headJson = JSON.stringify(head).slice(0, -1);
  return `${headJson},"skills":[\n${skills.map((skill) => JSON.stringify(skill)).join(',\n')}\n]}\n`;
}

function main(): void {
  const dataDir = process.env.PATHWISE_DATA_DIR ?? '/work/shared/data';
  const file = build(dataDir);
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, serialize(file));
  const bytes = statSync(OUTPUT).size;
  console.log(`wrote ${file.skills.length} skills, ${bytes} bytes to ${OUTPUT}`);
  if (bytes > MAX_BYTES) throw new Error(`taxonomy.json is ${bytes} bytes; keep it under ${MAX_BYTES}`);
}

main();
