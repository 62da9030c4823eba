/**
 * Shape of `resources/skills/taxonomy.json`, shared by the build script and the matcher.
 * Kept free of the JSON import so `scripts/build-taxonomy.ts` can use it before the file exists.
 */

export interface TaxonomySkill {
  /** Stable slug, e.g. `javascript`, `c-plus-plus`, `registered-nurse`. */
  id: string;
  /** Canonical display name. */
  name: string;
  /** Display category, one of `TaxonomyFile.categories`. */
  category: string;
  /** Other ways the skill is written; includes every form listed in `caseSensitive` and `ambiguous`. */
  aliases: string[];
  /** Forms (name or aliases) that only match with the exact case written here (e.g. `Swift`). */
  caseSensitive?: string[];
  /**
   * Forms that are ordinary words or short codes elsewhere (`Go`, `R`, `RN`, `PR`): they match only
   * with exact case AND context (a skills list, next to another skill, or near a `context` word).
   */
  ambiguous?: string[];
  /** Words or phrases whose presence nearby confirms an ambiguous form (e.g. `nursing` for `RN`). */
  context?: string[];
  /** Ids of related skills. */
  related?: string[];
}

export interface TaxonomyFile {
  version: number;
  sources: string[];
  categories: string[];
  skills: TaxonomySkill[];
}
