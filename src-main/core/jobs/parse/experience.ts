/**
 * Minimum years of experience: "2+ years", "3-5 years" (→ 3), "at least five years",
 * "minimum of 2 years", "5 ans d'expérience", "3 años de experiencia", "2 Jahre Berufserfahrung".
 * A number counts only with experience words next to it, so company age ("over 20 years"),
 * ages ("18-35 year olds") and durations of the contract are ignored. Several statements
 * ("PhD with 2+ years OR Master's with 4+ years") give the smallest.
 */
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
  un: 1, deux: 2, trois: 3, cinq: 5, dos: 2, tres: 3, cuatro: 4, cinco: 5, zwei: 2, drei: 3, vier: 4, fünf: 5,
};
const NUMBER = String.raw`(\d{1,2}|${Object.keys(WORDS).join('|')})(?:\s*\(\d{1,2}\))?`;
const YEARS = new RegExp(String.raw`${NUMBER}\s*\+?\s*(?:(?:-|–|to|à|a|bis)\s*${NUMBER}\s*\+?\s*)?(?:years?|yrs?|ans|años|jahre?n?)\b`, 'gi');
const EXPERIENCE_AFTER = /^[^.;\n]{0,70}?\b(?:experience|exp\b|expérience|experiencia|erfahrung|berufserfahrung|background|working|work history|in (?:a|the|an)\b|of (?:professional|relevant|hands-on|progressive|related|industry|direct|practical)\b|in (?:data|software|sales|marketing|\w+ing)\b)/i;
const EXPERIENCE_BEFORE = /\b(?:experience|expérience|experiencia|erfahrung)\b[^.;\n]{0,40}$|\b(?:at least|minimum(?: of)?|min\.?|mínimo|mindestens)\s*$/i;
const NOT_EXPERIENCE_AFTER = /^\s*(?:old|olds|of age|ago|in business|of history|of service to)\b|^\s*-?\s*olds?\b/i;

function toNumber(raw: string | undefined): number | null {
  if (!raw) return null;
  const value = /^\d+$/.test(raw) ? Number(raw) : WORDS[raw.toLowerCase()];
  return value !== undefined && value > 0 && value <= 30 ? value : null;
}

export function findMinYears(text: string): number | null {
  let best: number | null = null;
  for (const match of text.matchAll(YEARS)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const after = text.slice(end, end + 90);
    const before = text.slice(Math.max(0, start - 60), start);
    if (NOT_EXPERIENCE_AFTER.test(after) || /\d[\d,.]*$/.test(before)) continue;
    // "3+ years in customer success": a plus sign marks a requirement even without "experience".
    const plusForm = /\+/.test(match[0]) && /^\s*(?:in|of|as|with|working|doing|at)\b/i.test(after);
    if (!plusForm && !/^\s*as an?\b/i.test(after) && !EXPERIENCE_AFTER.test(after) && !EXPERIENCE_BEFORE.test(before)) continue;
    const value = toNumber(match[1]);
    if (value !== null && (best === null || value < best)) best = value;
  }
  return best;
}
