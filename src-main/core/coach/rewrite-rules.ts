/**
 * Offline bullet rewrites that are grounded by construction: they only move the bullet's own
 * words ("Responsible for managing X" → "Managed X"). Nothing that would inflate the claim:
 * "Helped build X" stays as it is (dropping "helped" would claim sole credit).
 */
import { stripEndPunctuation, upperFirst } from './resume-bullets';

const IRREGULAR_PAST: Record<string, string> = {
  building: 'built',
  leading: 'led',
  running: 'ran',
  writing: 'wrote',
  making: 'made',
  teaching: 'taught',
  selling: 'sold',
  overseeing: 'oversaw',
  bringing: 'brought',
  setting: 'set',
  holding: 'held',
  keeping: 'kept',
  growing: 'grew',
  driving: 'drove',
  getting: 'got',
  taking: 'took',
  giving: 'gave',
  choosing: 'chose',
  finding: 'found',
  spending: 'spent',
  sending: 'sent',
  paying: 'paid',
  meeting: 'met',
  speaking: 'spoke',
  understanding: 'understood',
  undertaking: 'undertook',
  cutting: 'cut',
  putting: 'put',
  rebuilding: 'rebuilt',
  rewriting: 'rewrote',
  upholding: 'upheld',
  winning: 'won',
  shutting: 'shut',
};

/** Past tense of an -ing form: "managing" → "managed", "planning" → "planned", "deploying" → "deployed". */
export function pastTense(gerund: string): string {
  const lower = gerund.toLowerCase();
  const irregular = IRREGULAR_PAST[lower];
  if (irregular) return irregular;
  const stem = lower.slice(0, -3);
  // e-dropping verbs (manage → managing) and plain ones (develop → developing) both take stem + "ed".
  return /ie$/.test(stem) ? `${stem.slice(0, -2)}ied` : `${stem}ed`;
}

const WEAK_GERUND_OPENINGS = [
  /^(?:was\s+|were\s+)?responsible\s+for\s+(?:the\s+)?([a-z]+ing)\b\s*/i,
  /^(?:was\s+)?(?:tasked|charged)\s+with\s+([a-z]+ing)\b\s*/i,
  /^(?:was\s+)?in\s+charge\s+of\s+([a-z]+ing)\b\s*/i,
  /^duties\s+included\s+([a-z]+ing)\b\s*/i,
];

export interface StrengthenedBullet {
  text: string;
  reason: string;
}

/** A stronger opening made from the bullet's own words, or null when no rule applies. */
export function strengthenOpening(bullet: string): StrengthenedBullet | null {
  const cleaned = bullet.trim().replace(/^[•·▪●◦‣∙*+–—-]\s*/, '');
  for (const pattern of WEAK_GERUND_OPENINGS) {
    const match = pattern.exec(cleaned);
    const gerund = match?.[1];
    if (!match || !gerund || gerund.length < 5) continue;
    const rest = cleaned.slice(match[0].length);
    const opening = match[0].trim().split(/\s+/).slice(0, -1).join(' ');
    const end = /\.\s*$/.test(cleaned) ? '.' : '';
    return {
      text: `${upperFirst(pastTense(gerund))} ${stripEndPunctuation(rest)}`.trim() + end,
      reason: `Starts with the action ("${upperFirst(pastTense(gerund))}") instead of "${opening}"; the rest is your own wording.`,
    };
  }
  return null;
}
