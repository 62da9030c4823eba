/**
 * Merges curated and derived skills into taxonomy entries. Two forms with the same token key
 * ("Node.js" / "node js") are the same skill; the first entry to claim a key keeps it, so the
 * curated list (added first) always wins over O*NET and ESCO.
 */
import { phraseKey } from '../../src-main/core/skills/tokenize';
import type { TaxonomySkill } from '../../src-main/core/skills/taxonomy.types';

export interface SkillInput {
  name: string;
  category: string;
  aliases: string[];
  caseSensitive: string[];
  ambiguous: string[];
  context?: string[];
}

export class TaxonomyBuilder {
  private readonly entries: TaxonomySkill[] = [];
  private readonly sources: Set<string>[] = [];
  private readonly owners = new Map<string, number>();
  private readonly ids = new Set<string>();

  /** Adds a skill, or merges its forms into the entry that already owns one of them. */
  add(input: SkillInput, source: string, options: { mergeOnly?: boolean } = {}): void {
    const forms = [input.name, ...input.aliases];
    const owner = forms.map((form) => this.owners.get(phraseKey(form))).find((index) => index !== undefined);
    if (owner !== undefined) {
      this.mergeInto(owner, input, forms);
      this.sources[owner]?.add(source);
      return;
    }
    if (options.mergeOnly || phraseKey(input.name).length === 0) return;
    const entry: TaxonomySkill = { id: this.uniqueId(input.name), name: input.name, category: input.category, aliases: [] };
    this.entries.push(entry);
    this.sources.push(new Set([source]));
    this.mergeInto(this.entries.length - 1, input, forms);
  }

  private mergeInto(index: number, input: SkillInput, forms: string[]): void {
    const entry = this.entries[index];
    if (!entry) return;
    for (const form of forms) {
      const key = phraseKey(form);
      if (key.length === 0) continue;
      // A form already claimed (by this entry or another) keeps its first owner and strictness.
      if (this.owners.has(key)) continue;
      this.owners.set(key, index);
      if (form !== entry.name && !entry.aliases.includes(form)) entry.aliases.push(form);
      if (input.ambiguous.includes(form)) pushUnique(entry, 'ambiguous', form);
      else if (input.caseSensitive.includes(form) || isShortCode(form)) pushUnique(entry, 'caseSensitive', form);
    }
    for (const word of input.context ?? []) pushUnique(entry, 'context', word);
  }

  private uniqueId(name: string): string {
    const base = slugify(name) || 'skill';
    let id = base;
    for (let suffix = 2; this.ids.has(id); suffix += 1) id = `${base}-${suffix}`;
    this.ids.add(id);
    return id;
  }

  skills(): TaxonomySkill[] {
    return this.entries;
  }

  sourceCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const set of this.sources) for (const source of set) counts[source] = (counts[source] ?? 0) + 1;
    return counts;
  }
}

/** Short all-capital codes ("POS", "SEM", "ATS") are words in lower case ("pos", "sem"), so they match by case. */
function isShortCode(form: string): boolean {
  return /^[A-Z0-9&+#./-]{2,5}$/.test(form) && /[A-Z]/.test(form);
}

function pushUnique(entry: TaxonomySkill, field: 'ambiguous' | 'caseSensitive' | 'context', value: string): void {
  const list = entry[field] ?? [];
  if (!list.includes(value)) list.push(value);
  entry[field] = list;
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .replace(/^\./, 'dot ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
