/**
 * Seniority from the title first, then a few explicit phrases in the prose. Decisions:
 * "Staff" maps to senior (a senior IC rung; `principal` stays for Principal/Distinguished);
 * people managers ("Clinic Manager", "Engineering Manager", "Supervisor") map to `lead`, the
 * contract's closest rung, except functional titles (product/project/program/account manager);
 * director, VP, head of and C-level map to executive. Roman numerals ("Analyst II") are left
 * alone: they mean different rungs at different employers.
 */
import type { Seniority } from '../../../../src-preload/contract/resume.types';

const TITLE_RULES: { level: Seniority; pattern: RegExp }[] = [
  { level: 'intern', pattern: /\bintern(?:ship)?\b|\bstagiaire\b|\bpracticante\b|\bpraktikant/i },
  { level: 'executive', pattern: /\bchief\b|\b(?:ceo|cto|cfo|coo|cio|ciso|cmo)\b|\bvp\b|\bvice[- ]president\b|\bhead of\b|\bdirector\b|\bdirect(?:eur|rice|ora?)\b|\bgeschäftsführer/i },
  { level: 'principal', pattern: /\bprincipal\b|\bdistinguished\b/i },
  { level: 'lead', pattern: /\blead\b|\bteam lead\b|\bsupervisor\b|\bforeman\b|\bmanager\b|\bresponsable\b|\bjefe\b|\bleiter/i },
  { level: 'senior', pattern: /\bsenior\b|\bsr\.?(?=\s)|\bstaff\b(?!\s+(?:accountant|nurse|writer|assistant))|\bs[ée]nior\b|\bconfirm[ée]\b/i },
  { level: 'mid', pattern: /\bmid[- ]?level\b|\bintermediate\b/i },
  { level: 'junior', pattern: /\bjunior\b|\bjr\.?(?=\s)|\bd[ée]butant\b/i },
  { level: 'entry', pattern: /\bentry[- ]level\b|\bgraduate\b|\bnew grad\b|\btrainee\b|\bapprentice\b/i },
];
const FUNCTIONAL_MANAGER = /\b(?:product|project|program|programme|account|case|community|content|social media)\s+manager\b/i;

export function seniorityFromTitle(title: string): Seniority | null {
  for (const rule of TITLE_RULES) {
    if (!rule.pattern.test(title)) continue;
    if (rule.level === 'lead' && FUNCTIONAL_MANAGER.test(title) && !/\blead\b|\bsupervisor\b/i.test(title)) continue;
    return rule.level;
  }
  return null;
}

const PROSE_RULES: { level: Seniority; pattern: RegExp }[] = [
  { level: 'entry', pattern: /\bentry[- ]level (?:role|position|job|opportunity)\b|\bno (?:prior )?experience (?:is )?(?:required|necessary)\b/i },
  { level: 'senior', pattern: /\bsenior[- ]level (?:role|position|engineer|candidate)\b/i },
  { level: 'mid', pattern: /\bmid[- ]level (?:role|position|engineer|candidate)\b/i },
];

export function detectSeniority(title: string, text: string, given: string | null = null): Seniority | null {
  const fromGiven = given ? seniorityFromTitle(given) : null;
  return fromGiven ?? seniorityFromTitle(title) ?? PROSE_RULES.find((rule) => rule.pattern.test(text))?.level ?? null;
}
