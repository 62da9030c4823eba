/**
 * Remote / hybrid / on-site from a structured value or the prose. Hybrid wins over the other two
 * because a hybrid posting usually mentions both "remote" and "office"; an explicit negation
 * ("not a remote role") reads as on-site.
 */
import type { RemoteMode } from '../../../../src-preload/contract/job.types';

const DAYS = String.raw`(?:\d|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:\d|two|three|four))?\s*days?`;
const WEEKLY = String.raw`(?:\s*(?:a|per|each|every|\/)\s*week)?`;
const PLACE = String.raw`(?:the|our|an?)?\s*(?:[A-Z][\w-]*\s+)?(?:office|site|studio|hub|workplace|facility|clinic|store)`;
/** Some days in the office and some at home, however it is phrased. */
const HYBRID = new RegExp(
  [
    String.raw`\bhybrid\b|\bhybride?\b|\bh[ií]brido\b|\bpartially remote\b|\bpartly remote\b|\bt[ée]l[ée]travail partiel\b|\bin-office presence\b`,
    String.raw`\b${DAYS}${WEEKLY}\s*(?:in|at|from|on[- ]site at|in person at)\s+${PLACE}\b`,
    String.raw`\b(?:in|at|from)\s+${PLACE}\s+(?:on\s+)?${DAYS}${WEEKLY}`,
    String.raw`\b(?:work(?:ing)?|remote(?:ly)?)\s+from\s+home\s+(?:up to\s+|for\s+)?${DAYS}`,
    String.raw`\b${DAYS}${WEEKLY}\s*(?:from|at)\s+home\b|\b${DAYS}${WEEKLY}\s*remote(?:ly)?\b`,
  ].join('|'),
  'i',
);
const NOT_REMOTE = /\b(?:not|no|non)[- ](?:a )?remote\b|\bremote work is not\b/i;
const REMOTE = /\b(?:fully |100% )?remote(?:[- ]first|[- ]friendly)?\b(?![- ]sensing|[- ]control|[- ]monitoring|[- ]patient)|\bwork(?:ing)? from (?:home|anywhere)\b|\btelecommut\w*|\btelework\w*|\bt[ée]l[ée]travail\b|\bteletrabajo\b|\bremoto\b|\bhome[- ]?office\b|\bdistributed team\b/i;
const ONSITE = /\bon[- ]?site\b|\bin[- ]person\b|\bin[- ]office (?:role|position|job)\b|\boffice[- ]based\b|\bin the office (?:full[- ]time|five days)\b|\bsur site\b|\bpresencial\b|\bvor ort\b/i;

export function remoteFromValue(value: string | null | undefined): RemoteMode | null {
  if (!value) return null;
  const text = value.toLowerCase();
  if (HYBRID.test(text)) return 'hybrid';
  if (NOT_REMOTE.test(text)) return 'onsite';
  if (REMOTE.test(text) || /^(yes|true)$/.test(text.trim())) return 'remote';
  if (ONSITE.test(text) || /^(no|false)$/.test(text.trim())) return 'onsite';
  return null;
}

export function detectRemote(text: string, location: string | null, given: string | null = null): RemoteMode | null {
  return remoteFromValue(given) ?? (HYBRID.test(text) ? 'hybrid' : null) ?? remoteFromValue(location) ?? remoteFromValue(text);
}
