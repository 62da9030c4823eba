/**
 * Sentence-level cues that turn a requirement into a nice-to-have, and the cues that make a prose
 * sentence outside any requirements heading state a requirement at all.
 */
export const PREFERRED_CUE =
  /\b(?:preferred|preferably|preference|nice[- ]to[- ]have|a plus|an? (?:big |huge )?plus|is a plus|are a plus|bonus|an asset|asset\b|desirable|desired|ideally|ideal candidate|advantageous|an? (?:big |great |real )?advantage|would be (?:great|nice|helpful|beneficial)|not required|un plus|un atout|atout|souhait[ée]e?s?|appr[ée]ci[ée]e?s?|deseable|valorable|se valorar[áa]|wünschenswert|von vorteil|idealerweise)\b/i;

export const REQUIREMENT_CUE =
  /\b(?:requires?|required|requirements?|must (?:have|be|possess)|you (?:have|bring|will have|will need|should (?:have|be|know|bring)|must|need)|you['’]ll (?:have|need|bring)|(?:candidates?|applicants?|you) (?:should|must|will) (?:have|possess|bring|be)|ideal candidate|(?:successful|right) (?:candidate|person|applicant)|to be considered|(?:we need|looking for) (?:someone|somebody|a candidate|candidates|people|a person)\b|qualified candidates)\b/i;

export function isPreferredClause(text: string): boolean {
  return PREFERRED_CUE.test(text);
}
