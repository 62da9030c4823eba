/**
 * Employment type from a structured value ("FULL_TIME", "Paid Internship", "Contract") or the
 * prose. In prose only explicit phrases count ("12-month contract", "full-time", "per diem"):
 * the bare word "contract" appears in too many other senses (bargaining agreements, clients).
 */
import type { EmploymentType } from '../../../../src-preload/contract/job.types';

const HYPHEN = '[-‐‑–\\s]?';
const RULES: { type: EmploymentType; value: RegExp; prose: RegExp }[] = [
  { type: 'internship', value: /intern|stage|prácticas|praktikum|apprentice/i, prose: /\binternship\b|\bapprenticeship\b|\bco-?op (?:term|placement|position|student)\b|\bstage (?:de|d')\b|\bpr[aá]cticas\b|\bpraktikum\b/i },
  { type: 'volunteer', value: /volunt|b[ée]n[ée]vol/i, prose: /\bvolunteer (?:role|position|opportunity)\b|\bunpaid volunteer\b|\bb[ée]n[ée]volat\b/i },
  { type: 'per-diem', value: /per[-\s_]?diem|prn/i, prose: /\bper[-\s]diem (?:role|position|basis|shifts?|job)\b|\bprn (?:role|position|basis)\b/i },
  {
    type: 'temporary',
    value: /\btemp\b|temporary|seasonal|interim|befristet/i,
    prose: /\b(?:temporary|seasonal)(?:,?\s+[\w-]+){0,2}?,?\s+(?:role|position|job|assignment|employment|basis|work|opportunity|hire|associates?|workers?)\b|\btemp[- ]to[- ](?:perm|hire)\b/i,
  },
  {
    type: 'contract',
    value: /contract|freelance|fixed[-\s_]?term|cdd|consultant|contrat/i,
    prose: new RegExp(`\\b\\d+(?:\\.\\d+)?${HYPHEN}(?:month|mo|week|year)s?${HYPHEN}(?:contract|assignment)\\b|\\bcontract(?:or)? (?:role|position|job|basis|assignment|opportunity|engagement)\\b|\\bcontract${HYPHEN}to${HYPHEN}hire\\b|\\bfixed${HYPHEN}term\\b|\\bfreelance\\b|\\bCDD\\b|(?:^|\\n)\\s*contract\\s*[:(–-]\\s*\\d|\\bcontract\\s*\\(\\s*\\d+\\s*(?:months?|weeks?)|\\b(?:W-?2|1099|C2C|corp${HYPHEN}to${HYPHEN}corp)\\s+contract`, 'i'),
  },
  { type: 'part-time', value: /part|teilzeit|tiempo parcial|temps partiel/i, prose: new RegExp(`\\bpart${HYPHEN}time\\b|\\btemps partiel\\b|\\bmedia jornada\\b|\\btiempo parcial\\b|\\bteilzeit\\b`, 'i') },
  { type: 'full-time', value: /full|permanent|regular|cdi|vollzeit|tiempo completo|temps plein/i, prose: new RegExp(`\\bfull${HYPHEN}time\\b|\\bpermanent (?:role|position|job)\\b|\\btemps plein\\b|\\bCDI\\b|\\btiempo completo\\b|\\bjornada completa\\b|\\bvollzeit\\b`, 'i') },
];

export function employmentFromValue(value: string | null | undefined): EmploymentType | null {
  if (!value) return null;
  const text = value.replace(/_/g, ' ');
  // "Full-time, Contract": the type listed first is the main one.
  let best: { type: EmploymentType; index: number } | null = null;
  for (const rule of RULES) {
    const index = text.search(rule.value);
    if (index >= 0 && (best === null || index < best.index)) best = { type: rule.type, index };
  }
  return best?.type ?? null;
}

/** The earliest explicit phrase in the prose decides; an "Intern" title means an internship. */
export function detectEmployment(text: string, title: string, given: string | null = null): EmploymentType | null {
  const fromValue = employmentFromValue(given);
  if (fromValue) return fromValue;
  if (/\bintern(?:ship)?\b|\bstagiaire\b|\bpraktikant/i.test(title)) return 'internship';
  // "Employment type: Contractor" written inside the text is a structured value.
  const labelled = /\b(?:employment|job|contract|position|work|engagement) types?\s*[:：]\s*([^\n.;]{2,40})/i.exec(text)?.[1];
  const fromLabel = employmentFromValue(labelled);
  if (fromLabel) return fromLabel;
  let best: { type: EmploymentType; index: number } | null = null;
  for (const rule of RULES) {
    const index = text.search(rule.prose);
    if (index >= 0 && (best === null || index < best.index)) best = { type: rule.type, index };
  }
  return best?.type ?? null;
}
