/**
 * Minimum years of experience: "2+ years", "3-5 years" (→ 3), "at least five years",
 * "minimum of 2 years", "5 ans d'expérience", "3 años de experiencia", "2 Jahre Berufserfahrung".
 * A number counts only with experience words next to it, so company age ("over 20 years"),
 * ages ("18-35 year olds") and durations of the contract are ignored. Several statements
 * ("PhD with 2+ years OR Master's with 4+ years") give the smallest.
 */
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20,
  un: 1, deux: 2, trois: 3, cinq: 5, dos: 2, tres: 3, cuatro: 4, cinco: 5, zwei: 2, drei: 3, vier: 4, fünf: 5,
};
const NUMBER = String.raw`(\d{1,2}|${Object.keys(WORDS).join('|')})(?:\s*\(\d{1,2}\))?`;
/** "3+", "3-5", "five or more", "3 or greater", "3 plus". */
const YEARS = new RegExp(
  String.raw`${NUMBER}\s*\+?\s*(?:(?:-|–|to|à|a|bis)\s*${NUMBER}\s*\+?\s*|(?:or (?:more|greater|above)|plus)\s+)?(?:years?|yrs?|ans|años|jahre?n?)\b`,
  'gi',
);
const EXPERIENCE_AFTER = /^[^.;\n]{0,70}?\b(?:experience|exp\b|expérience|experiencia|erfahrung|berufserfahrung|background|working|work history|in (?:a|the|an)\b|of (?:professional|relevant|hands-on|progressive|related|industry|direct|practical)\b)/i;
/** "5 years in sales", "3 years within a hospital": a field right after the number. */
const FIELD_AFTER = /^\s*(?:in|within)\s+(?:an? |the )?[\p{L}-]{3,}/u;
const EXPERIENCE_BEFORE = /\b(?:experience|expérience|experiencia|erfahrung)\b[^.;\n]{0,40}$|\b(?:at least|minimum(?: of)?|min\.?|mínimo|mindestens)\s*$/i;
const NOT_EXPERIENCE_AFTER = /^\s*(?:old|olds|of age|ago|in business|of history|of service to)\b|^\s*-?\s*olds?\b/i;

function toNumber(raw: string | undefined): number | null {
  if (!raw) return null;
  const value = /^\d+$/.test(raw) ? Number(raw) : WORDS[raw.toLowerCase()];
  return value !== undefined && value > 0 && value <= 30 ? value : null;
}

/**
 * "8+ years in engineering, with 3+ years in an SRE role" or "5 years …, including 2 managing":
 * the second number is a part of the first requirement, not an alternative to it. Alternatives
 * say so ("PhD with 2+ years OR Master's with 4+ years") and keep the smallest.
 */
const PART_OF_PREVIOUS = /(?:,|\(|\s[-–—])\s*(?:with|including|incl\.?|of which|among them|at least)\b|\b(?:including|of which)\b/i;

function isPartOfPrevious(between: string): boolean {
  return !/[.;\n]/.test(between) && PART_OF_PREVIOUS.test(between);
}

export function findMinYears(text: string): number | null {
  let best: number | null = null;
  let previousEnd: number | null = null;
  for (const match of text.matchAll(YEARS)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const after = text.slice(end, end + 90);
    const before = text.slice(Math.max(0, start - 60), start);
    if (NOT_EXPERIENCE_AFTER.test(after) || /\d[\d,.]*$/.test(before)) continue;
    // "3+ years in customer success", "6+ years building APIs": a plus sign marks a requirement even without "experience".
    const plusForm = /\+/.test(match[0]) && /^\s*(?:in|of|as|with|working|doing|at|\w+ing)\b/i.test(after);
    // Job-board form lists "Bookkeeping: 2 years (Required)" under an "Experience" label.
    const boardForm = /:\s*$/.test(before) && /^\s*\((?:required|preferred)\)/i.test(after);
    const stated = plusForm || boardForm || FIELD_AFTER.test(after) || /^\s*as an?\b/i.test(after) || EXPERIENCE_AFTER.test(after) || EXPERIENCE_BEFORE.test(before);
    if (!stated) continue;
    const value = toNumber(match[1]);
    const part = previousEnd !== null && isPartOfPrevious(text.slice(previousEnd, start));
    if (value !== null) previousEnd = end;
    if (value !== null && !part && (best === null || value < best)) best = value;
  }
  return best;
}
