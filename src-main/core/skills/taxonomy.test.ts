import { describe, expect, it } from 'vitest';
import { TAXONOMY, skillById } from './taxonomy';
import { phraseKey } from './tokenize';

describe('bundled taxonomy', () => {
  it('has unique ids and no form claimed by two skills', () => {
    const ids = new Set(TAXONOMY.skills.map((skill) => skill.id));
    expect(ids.size).toBe(TAXONOMY.skills.length);
    const owners = new Map<string, string>();
    for (const skill of TAXONOMY.skills) {
      for (const form of [skill.name, ...skill.aliases]) {
        const key = phraseKey(form);
        const owner = owners.get(key);
        expect(owner === undefined || owner === skill.id, `${form} in ${skill.id} and ${owner}`).toBe(true);
        owners.set(key, skill.id);
      }
    }
  });

  it('uses only declared categories and keeps strict forms among the aliases', () => {
    const categories = new Set(TAXONOMY.categories);
    for (const skill of TAXONOMY.skills) {
      expect(categories.has(skill.category), skill.category).toBe(true);
      for (const form of [...(skill.ambiguous ?? []), ...(skill.caseSensitive ?? [])]) {
        expect([skill.name, ...skill.aliases]).toContain(form);
      }
    }
  });

  it('covers the main fields', () => {
    for (const id of ['javascript', 'registered-nurse', 'certified-public-accountant', 'welding', 'lesson-planning', 'forklift-operation', 'search-engine-optimization', 'six-sigma']) {
      expect(skillById(id), id).toBeDefined();
    }
  });
});
