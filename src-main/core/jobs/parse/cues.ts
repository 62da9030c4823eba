/**
 * Sentence-level cues that turn a requirement into a nice-to-have, and the cues that make a prose
 * sentence outside any requirements heading state a requirement at all.
 */
export const PREFERRED_CUE =
  /\b(?:preferred|preferably|preference|nice[- ]to[- ]have|a plus|an? (?:big |huge )?plus|is a plus|are a plus|bonus|an asset|asset\b|desirable|desired|ideally|ideal candidate|advantageous|would be (?:great|nice|helpful|beneficial)|not required|un plus|un atout|atout|souhait[ée]e?s?|appr[ée]ci[ée]e?s?|deseable|valorable|se valorar[áa]|wünschenswert|von vorteil|idealerweise)\b/i;

export const REQUIREMENT_CUE =
  /\b(?:requires?|required|requirements?|must (?:have|be|possess)|you (?:have|bring|will have)|you['’]ll (?:have|need|bring)|candidates? (?:should|must|will) (?:have|possess|bring)|ideal candidate|looking for (?:someone|a candidate|candidates|people) with|qualified candidates)\b/i;

export function isPreferredClause(text: string): boolean {
  return PREFERRED_CUE.test(text);
}
