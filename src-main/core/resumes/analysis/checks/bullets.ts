/**
 * Bullet quality, as five checks: action-verb openers, quantified results, length, voice
 * (first person, passive) and clichés. Each names the offending bullets.
 */
import type { AnalysisCheck } from '../../../../../src-preload/contract/resume.types';
import { DEFAULT_VERB_SUGGESTIONS, isActionVerb, WEAK_OPENERS } from '../action-verbs';
import { collectBullets, type Bullet } from '../bullets';
import { makeCheck, plural, quote, type AnalysisContext } from '../check';
import { countWords, findCliche, findFirstPerson, findPassive, isQuantified } from '../phrases';

export const BULLET_WEIGHTS = { verbs: 8, quantified: 7, length: 4, voice: 3, cliches: 3 } as const;

const MIN_BULLET_WORDS = 8;
const MAX_BULLET_WORDS = 40;
const QUANTIFIED_TARGET = 0.5;
const MAX_FIXES = 3;

interface Finding {
  bullet: Bullet;
  fix: string;
}

interface BulletRule {
  id: string;
  title: string;
  weight: number;
  inspect: (bullet: Bullet) => string | null;
  /** Share of bullets that must pass for a full result. */
  target: number;
  passDetail: string;
  failDetail: (failing: number, total: number) => string;
}

function firstWords(text: string, count: number): string {
  return text.split(/\s+/).slice(0, count).join(' ').replace(/[,:;.]+$/, '');
}

export function verbFinding(bullet: Bullet): string | null {
  const weak = WEAK_OPENERS.find((opener) => opener.pattern.test(bullet.text));
  const first = (bullet.text.match(/^[\p{L}'-]+/u)?.[0] ?? '').toLowerCase();
  if (!weak && isActionVerb(first)) return null;
  const [one, two] = weak?.suggestions ?? DEFAULT_VERB_SUGGESTIONS;
  const opening = weak ? (bullet.text.match(weak.pattern)?.[0] ?? firstWords(bullet.text, 2)) : firstWords(bullet.text, 2);
  return `${bullet.label} starts with "${opening.trim()}" — start with an action verb such as "${one}" or "${two}".`;
}

const RULES: BulletRule[] = [
  {
    id: 'bullets-action-verbs',
    title: 'Bullets start with action verbs',
    weight: BULLET_WEIGHTS.verbs,
    inspect: verbFinding,
    target: 0.9,
    passDetail: 'Your bullets open with strong action verbs.',
    failDetail: (failing, total) => `${failing} of ${plural(total, 'bullet')} do not start with an action verb.`,
  },
  {
    id: 'bullets-quantified',
    title: 'Results are quantified',
    weight: BULLET_WEIGHTS.quantified,
    inspect: (bullet) => (isQuantified(bullet.text) ? null : `${bullet.label} (${quote(bullet.text, 50)}) has no number: add a count, %, $ amount or time saved.`),
    target: QUANTIFIED_TARGET,
    passDetail: 'At least half of your bullets include numbers.',
    failDetail: (failing, total) => `Only ${total - failing} of ${plural(total, 'bullet')} include a number, percentage or amount.`,
  },
  {
    id: 'bullets-length',
    title: 'Bullet length',
    weight: BULLET_WEIGHTS.length,
    inspect: lengthFinding,
    target: 0.9,
    passDetail: `Bullets are between ${MIN_BULLET_WORDS} and ${MAX_BULLET_WORDS} words.`,
    failDetail: (failing) => `${plural(failing, 'bullet')} are too short or too long.`,
  },
  {
    id: 'bullets-voice',
    title: 'Active voice, no first person',
    weight: BULLET_WEIGHTS.voice,
    inspect: voiceFinding,
    target: 0.95,
    passDetail: 'Bullets use active voice without "I" or "my".',
    failDetail: (failing) => `${plural(failing, 'bullet')} use first person or passive voice.`,
  },
  {
    id: 'bullets-cliches',
    title: 'No clichés or filler',
    weight: BULLET_WEIGHTS.cliches,
    inspect: (bullet) => {
      const cliche = findCliche(bullet.text);
      return cliche ? `${bullet.label} uses "${cliche}": replace it with a concrete example of what you did.` : null;
    },
    target: 1,
    passDetail: 'No clichés such as "team player" or "results-driven".',
    failDetail: (failing) => `${plural(failing, 'bullet')} rely on clichés.`,
  },
];

function lengthFinding(bullet: Bullet): string | null {
  const words = countWords(bullet.text);
  if (words < MIN_BULLET_WORDS) return `${bullet.label} has only ${words} words: say what you did, how, and the result.`;
  if (words > MAX_BULLET_WORDS) return `${bullet.label} has ${words} words: split it in two or cut it to under ${MAX_BULLET_WORDS}.`;
  return null;
}

function voiceFinding(bullet: Bullet): string | null {
  const pronoun = findFirstPerson(bullet.text);
  if (pronoun) return `${bullet.label} uses "${pronoun}": drop the pronoun and start with the verb.`;
  const passive = findPassive(bullet.text);
  return passive ? `${bullet.label} uses the passive "${passive}": say what you did, e.g. "Managed…" instead of "was managed".` : null;
}

function runRule(rule: BulletRule, bullets: Bullet[]): AnalysisCheck {
  const findings: Finding[] = bullets.flatMap((bullet) => {
    const fix = rule.inspect(bullet);
    return fix ? [{ bullet, fix }] : [];
  });
  const passing = bullets.length - findings.length;
  const result = bullets.length === 0 ? 0 : Math.min(1, passing / bullets.length / rule.target);
  const extra = findings.length > MAX_FIXES ? ` ${findings.length - MAX_FIXES} more bullets have the same issue.` : '';
  return makeCheck({
    id: rule.id,
    title: rule.title,
    category: 'bullets',
    weight: rule.weight,
    result,
    detail: bullets.length === 0 ? 'No bullet points were found under your roles.' : findings.length === 0 ? rule.passDetail : rule.failDetail(findings.length, bullets.length),
    fix: bullets.length === 0 ? 'Add 3–5 bullet points under each role, each starting with an action verb and ending with a result.' : findings.slice(0, MAX_FIXES).map((finding) => finding.fix).join(' ') + extra,
    evidence: findings.slice(0, 10).map((finding) => finding.bullet.text),
  });
}

export function checkBullets(context: AnalysisContext): AnalysisCheck[] {
  const bullets = collectBullets(context.profile);
  return RULES.map((rule) => runRule(rule, bullets));
}
