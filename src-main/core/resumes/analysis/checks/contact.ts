/** Contact details: name, email, phone, location and a LinkedIn or personal URL. */
import type { AnalysisCheck } from '../../../../../src-preload/contract/resume.types';
import { listWords, makeCheck, type AnalysisContext } from '../check';

export const CONTACT_WEIGHT = 15;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE_DIGITS = /\d/g;

interface Part {
  label: string;
  share: number;
  present: boolean;
}

export function checkContact(context: AnalysisContext): AnalysisCheck {
  const basics = context.profile.basics ?? {};
  const location = basics.location ?? {};
  const hasLink = Boolean(basics.url?.trim()) || (basics.profiles ?? []).some((profile) => Boolean(profile.url?.trim()));
  const parts: Part[] = [
    { label: 'your name', share: 0.25, present: Boolean(basics.name?.trim()) },
    { label: 'an email address', share: 0.25, present: EMAIL.test(basics.email?.trim() ?? '') },
    { label: 'a phone number', share: 0.2, present: (basics.phone?.match(PHONE_DIGITS)?.length ?? 0) >= 7 },
    { label: 'your city and region', share: 0.15, present: Boolean(location.city || location.region || location.countryCode) },
    { label: 'a LinkedIn or portfolio link', share: 0.15, present: hasLink },
  ];
  const missing = parts.filter((part) => !part.present);
  const result = parts.reduce((sum, part) => sum + (part.present ? part.share : 0), 0);
  const badEmail = Boolean(basics.email?.trim()) && !EMAIL.test(basics.email?.trim() ?? '');
  return makeCheck({
    id: 'contact-details',
    title: 'Contact details',
    category: 'contact',
    weight: CONTACT_WEIGHT,
    result,
    detail:
      missing.length === 0
        ? 'Name, email, phone, location and a profile link are all present.'
        : `Missing ${listWords(missing.map((part) => part.label), 5)}.`,
    fix: badEmail
      ? `The email "${basics.email}" does not look valid. Put a working email address in the header, and add ${listWords(missing.map((part) => part.label), 5)}.`
      : `Add ${listWords(missing.map((part) => part.label), 5)} to the top of your resume, in the body rather than the page header, so applicant tracking systems read it.`,
  });
}
