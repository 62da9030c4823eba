/** Language patterns the bullet checks look for. Lists are our own; matching is case-insensitive. */

/** Clichés and filler that say nothing a reader can verify. */
export const CLICHES = [
  'team player', 'hard-working', 'hard working', 'hardworking', 'results-driven', 'results driven',
  'results-oriented', 'results oriented', 'detail-oriented', 'detail oriented', 'go-getter', 'self-starter',
  'self starter', 'synergy', 'synergies', 'think outside the box', 'thinking outside the box', 'dynamic individual',
  'motivated individual', 'highly motivated', 'passionate about', 'proven track record', 'track record of success',
  'best of breed', 'value add', 'value-add', 'go above and beyond', 'above and beyond', 'works well under pressure',
  'excellent communication skills', 'strong work ethic', 'fast learner', 'quick learner', 'people person',
  'out of the box', 'game changer', 'game-changer', 'ninja', 'rockstar', 'rock star', 'guru',
  'seasoned professional', 'references available upon request', 'duties included',
  'various tasks', 'etc.', 'and so on', 'leverage synergies', 'move the needle', 'low-hanging fruit',
];

const CLICHE_PATTERN = new RegExp(`(?:^|[^\\p{L}])(${CLICHES.map(escape).join('|')})(?=$|[^\\p{L}])`, 'iu');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findCliche(text: string): string | null {
  return CLICHE_PATTERN.exec(text)?.[1] ?? null;
}

/** First-person words; "I" is matched case-sensitively so "I/O" style tokens are rare false hits. */
const FIRST_PERSON = /(?:^|[^\p{L}])(I|me|my|mine|myself|we|our|ours|us)(?=$|[^\p{L}/])/u;

export function findFirstPerson(text: string): string | null {
  const match = FIRST_PERSON.exec(text);
  if (!match) return null;
  const word = match[1] ?? '';
  return word === 'I' || word === word.toLowerCase() || /^(My|We|Our)$/.test(word) ? word : null;
}

const IRREGULAR_PARTICIPLES =
  'made|done|given|taken|built|led|run|held|kept|sent|written|chosen|known|shown|seen|paid|sold|taught|brought|bought|won|set|put|met|grown|drawn';

const PASSIVE = new RegExp(
  `\\b(?:was|were|is|are|been|being|be)\\s+(?:\\w+ly\\s+)?(?:responsible|tasked|charged|involved|\\w+ed|${IRREGULAR_PARTICIPLES})\\b`,
  'i',
);

export function findPassive(text: string): string | null {
  const match = PASSIVE.exec(text);
  return match ? match[0] : null;
}

/** Numbers, percentages, money or written quantities: evidence of measurable results. */
const QUANTIFIED =
  /\d|[%$€£¥]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|double[ds]?|triple[ds]?|half)\b/i;

export function isQuantified(text: string): boolean {
  return QUANTIFIED.test(text);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
