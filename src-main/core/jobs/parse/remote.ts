/**
 * Remote / hybrid / on-site from a structured value or the prose. Hybrid wins over the other two
 * because a hybrid posting usually mentions both "remote" and "office"; an explicit negation
 * ("not a remote role") reads as on-site.
 */
import type { RemoteMode } from '../../../../src-preload/contract/job.types';

const HYBRID = /\bhybrid\b|\bhybride?\b|\bh[ií]brido\b|\b\d(?:-\d)?\s*days?\s*(?:a|per|\/)?\s*(?:week\s*)?(?:in|at|from)\s+(?:the\s+|our\s+)?office\b|\bin-office presence\b|\b(?:in|at) (?:the )?office \d(?:-\d)? days\b|\bpartially remote\b|\bt[ée]l[ée]travail partiel\b/i;
const NOT_REMOTE = /\b(?:not|no|non)[- ](?:a )?remote\b|\bremote work is not\b/i;
const REMOTE = /\b(?:fully |100% )?remote(?:[- ]first|[- ]friendly)?\b(?![- ]sensing|[- ]control|[- ]monitoring|[- ]patient)|\bwork(?:ing)? from (?:home|anywhere)\b|\btelecommut\w*|\btelework\w*|\bt[ée]l[ée]travail\b|\bteletrabajo\b|\bremoto\b|\bhome[- ]?office\b|\bdistributed team\b/i;
const ONSITE = /\bon[- ]?site\b|\bin[- ]person\b|\boffice[- ]based\b|\bin the office (?:full[- ]time|five days)\b|\bsur site\b|\bpresencial\b|\bvor ort\b/i;

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
