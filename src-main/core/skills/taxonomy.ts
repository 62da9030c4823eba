/**
 * The bundled skills taxonomy. Imported statically so every bundle (Electron main, CLI, web)
 * carries it; never resolved from process.cwd() (STYLE.md "Pitfalls").
 * Regenerate with `npm run build:taxonomy`; sources and licences in resources/ATTRIBUTION.md.
 */
import data from '../../../resources/skills/taxonomy.json';
import type { TaxonomyFile, TaxonomySkill } from './taxonomy.types';

export type { TaxonomyFile, TaxonomySkill } from './taxonomy.types';

export const TAXONOMY: TaxonomyFile = data as TaxonomyFile;

let byId: Map<string, TaxonomySkill> | null = null;

export function skillById(id: string): TaxonomySkill | undefined {
  byId ??= new Map(TAXONOMY.skills.map((skill) => [skill.id, skill]));
  return byId.get(id);
}
