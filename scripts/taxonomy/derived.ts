/** A skill derived from a data source, before merging with the curated list. */
export interface DerivedSkill {
  name: string;
  category: string;
  aliases: string[];
  caseSensitive: string[];
  ambiguous: string[];
  source: 'onet' | 'esco' | 'keywords';
}

export function derivedSkill(name: string, category: string, source: DerivedSkill['source']): DerivedSkill {
  return { name, category, aliases: [], caseSensitive: [], ambiguous: [], source };
}

/** Adds a form with the strictness its shape calls for: very short codes need context. */
export function addForm(skill: DerivedSkill, form: string, strictness: 'normal' | 'case' | 'ambiguous'): void {
  const trimmed = form.trim();
  if (trimmed.length === 0) return;
  if (trimmed !== skill.name && !skill.aliases.includes(trimmed)) skill.aliases.push(trimmed);
  const level = trimmed.replace(/[^A-Za-z0-9]/g, '').length <= 2 ? 'ambiguous' : strictness;
  if (level === 'ambiguous' && !skill.ambiguous.includes(trimmed)) skill.ambiguous.push(trimmed);
  if (level === 'case' && !skill.caseSensitive.includes(trimmed)) skill.caseSensitive.push(trimmed);
}
