/**
 * A rough English vocabulary learned from O*NET task sentences and ESCO skill labels, used to spot product names that
 * are also ordinary words ("Spark", "Scheme", "Loom"): those only match with exact case or context.
 */
import { join } from 'node:path';
import { readCsv, readTsv } from './read-data';

/** Ordinary words that happen to be missing from the O*NET and ESCO text but name products. */
const EXTRA_WORDS = ['scratch', 'absorb', 'canvas', 'salt', 'vagrant', 'squeegee', 'threshold', 'finale', 'origin', 'prophet', 'compass', 'beacon', 'anchor', 'harvest', 'mocha', 'latte', 'espresso'];

export interface Vocabulary {
  /** How often the word appears in lower case in O*NET task statements. */
  count(word: string): number;
}

export function buildVocabulary(dataDir: string): Vocabulary {
  const counts = new Map<string, number>();
  for (const row of readTsv(join(dataDir, 'onet', 'Task Statements.txt'))) {
    for (const word of (row.Task ?? '').match(/\b[a-z][a-z'-]*\b/g) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  for (const row of readCsv(join(dataDir, 'esco', 'skills_labels_en_api2026.csv'))) {
    for (const word of (row.preferred_label ?? '').match(/\b[a-z][a-z'-]*\b/g) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  for (const word of EXTRA_WORDS) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { count: (word) => counts.get(word.toLowerCase()) ?? 0 };
}

/** True when every word is an ordinary lower-case English word (a description, not a product name). */
export function isDescriptive(phrase: string, vocabulary: Vocabulary): boolean {
  const words = phrase.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return true;
  return words.every((word, index) => {
    const isLower = index === 0 ? /^[A-Za-z][a-z'-]*$/.test(word) : /^[a-z][a-z'-]*$/.test(word);
    return isLower && vocabulary.count(word) > 0;
  });
}
