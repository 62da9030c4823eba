/**
 * Contact details: e-mail, international phone numbers, links written as bare domains, and the
 * location. Matches are removed from the line so what remains can be read as a location.
 */
import type { ResumeLocation, ResumeProfileLink } from '../../../../src-preload/contract/resume.types';
import { splitPieces } from './lines';

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
/** +82 10-1234-5678, (555) 123-4567, +33 6 12 34 56 78, +49 (0)30 1234567, +44 7911 123456, 123.456.7890. */
export const PHONE = /(?:\(\+?\d{1,4}\)\s?|\+\d{1,4}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\(?\d{1,8}\)?){1,5}/g;
const URL =
  /\b(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|co|ai|app|page|site|tech|info|xyz|blog|design|fr|de|es|uk|us|ca|kr|in|eu|ch|nl|be|it|pt|br|mx|ar|jp|cn|au|se|no|fi|dk|pl|at|ie)(?:\/[^\s|,;)]*)?/gi;

export interface ContactFound {
  emails: string[];
  phones: string[];
  urls: string[];
  /** What is left of the line once contact details are removed, split into pieces. */
  rest: string[];
}

function digits(s: string): number {
  return s.replace(/\D/g, '').length;
}

export function findContacts(text: string): ContactFound {
  const emails: string[] = [];
  const phones: string[] = [];
  const urls: string[] = [];
  let rest = text.includes('@') ? text.replace(EMAIL, (m) => (emails.push(m), '\t')) : text;
  rest = !/\.[a-z]{2}/i.test(rest)
    ? rest
    : rest.replace(URL, (m) => {
        // "Inc." or "e.g." are not links; a link has a known suffix and no spaces.
        if (/^\d/.test(m)) return m;
        urls.push(m.replace(/[.]+$/, ''));
        return '\t';
      });
  rest =
    (rest.match(/\d/g)?.length ?? 0) < 7
      ? rest
      : rest.replace(PHONE, (m) => {
          const n = digits(m);
          // 7–15 digits (E.164 max), and not a date range ("2019 - 2021") or a full date ("15.03.2019").
          if (n < 7 || n > 15 || /^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$|^\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}$/.test(m.trim())) return m;
          phones.push(m.trim());
          return '\t';
        });
  return { emails, phones, urls, rest: splitPieces(rest).filter((p) => /\p{L}/u.test(p)) };
}

const NETWORKS: [RegExp, string][] = [
  [/linkedin\.com/i, 'LinkedIn'],
  [/github\.com/i, 'GitHub'],
  [/gitlab\.com/i, 'GitLab'],
  [/(?:twitter|x)\.com/i, 'Twitter'],
  [/stackoverflow\.com/i, 'Stack Overflow'],
  [/behance\.net/i, 'Behance'],
  [/dribbble\.com/i, 'Dribbble'],
  [/medium\.com/i, 'Medium'],
  [/kaggle\.com/i, 'Kaggle'],
];

const HANDLE_SITES: Record<string, string> = {
  github: 'github.com/',
  gitlab: 'gitlab.com/',
  linkedin: 'linkedin.com/in/',
  twitter: 'twitter.com/',
  behance: 'behance.net/',
  dribbble: 'dribbble.com/',
  kaggle: 'kaggle.com/',
  medium: 'medium.com/@',
};
const HANDLE =
  /^(github|gitlab|linkedin|twitter|behance|dribbble|kaggle|medium)(?:[-_ ]?(?:square|alt|circle|box|sign|in))?\s*[:：\-–]?\s*@?\/?(?:in\/)?([A-Za-z0-9][\w.-]{1,38})$/i;

/**
 * "GitHub: jdoe", "LINKEDIN jdoe" (icon fonts extract as their glyph names: "GITHUB-SQUARE jdoe"):
 * a network named next to a handle, written without the link. Returns the profile links.
 */
export function findHandles(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/\t|\s[|•·◦▪]\s|\s*\|\s*/)) {
    const m = HANDLE.exec(piece.trim());
    if (m && !/^(?:profile|page|account|url|link|portfolio|here|me)$/i.test(m[2]!)) out.push(`${HANDLE_SITES[m[1]!.toLowerCase()]}${m[2]}`);
  }
  return out;
}

export function toProfile(url: string): ResumeProfileLink | null {
  for (const [pattern, network] of NETWORKS) {
    if (pattern.test(url)) {
      const username = /\.com\/(?:in\/|u\/)?([^/?#\s]+)/i.exec(url)?.[1];
      return username ? { network, username, url } : { network, url };
    }
  }
  return null;
}

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON QC BC AB MB NS NB NL PE SK'.split(
    ' ',
  ),
);
const COUNTRIES = new Set(
  (
    'usa|us|united states|uk|united kingdom|england|scotland|ireland|canada|france|germany|deutschland|spain|españa|espana|mexico|méxico|' +
    'italy|italia|portugal|netherlands|belgium|switzerland|schweiz|suisse|austria|österreich|sweden|norway|denmark|finland|poland|india|' +
    'china|japan|korea|south korea|republic of korea|singapore|australia|new zealand|brazil|argentina|chile|colombia|peru|israel|' +
    'uae|united arab emirates|remote'
  ).split('|'),
);
const PLACE_WORD = "[\\p{Lu}][\\p{L}'.-]*";
const PLACE = new RegExp(
  `^(?:\\d{1,6}\\s+[\\p{L}0-9 .'-]+,\\s*)?${PLACE_WORD}(?:[\\s-]+${PLACE_WORD}|\\s+(?:de|del|la|le|sur|am|an|der|du)){0,4}(?:,\\s*[\\p{L}][\\p{L}.'-]*(?:\\s+[\\p{L}][\\p{L}.'-]*){0,3}){1,2}(?:\\s+\\d{4,6})?$`,
  'u',
);
const POSTAL_CITY = /^(?:\d{4,6}\s+\p{Lu}[\p{L}' -]+|\p{Lu}[\p{L}' -]+\s+\d{4,6})(?:,\s*\p{Lu}[\p{L} ]+)?$/u;

/** True for "San Francisco, CA", "Mapo-gu, Seoul, Republic of Korea", "75001 Paris", "Remote". */
export function looksLikeLocation(piece: string): boolean {
  const p = piece.trim();
  if (p.length > 70 || /@|https?:|\d{7,}/.test(p)) return false;
  if (/^remote$/i.test(p)) return true;
  if (POSTAL_CITY.test(p)) return true;
  if (!PLACE.test(p)) return COUNTRIES.has(p.toLowerCase());
  const parts = p.split(',').map((s) => s.trim());
  const last = parts[parts.length - 1]!;
  const lastUpper = last.replace(/\s+\d+$/, '');
  return (
    US_STATES.has(lastUpper) ||
    COUNTRIES.has(lastUpper.toLowerCase()) ||
    /^[\p{Lu}][\p{L}.'-]+(?:\s(?:of|de|la|del|du|am|an)?\s?[\p{Lu}][\p{L}.'-]+)*$/u.test(lastUpper)
  );
}

/** "Austin, TX", "Lyon, France", "Remote": a place whose last part is a known state or country. */
export function knownPlace(piece: string): boolean {
  const last = piece
    .split(',')
    .pop()!
    .trim()
    .replace(/\s+\d+$/, '');
  return looksLikeLocation(piece) && (US_STATES.has(last) || COUNTRIES.has(last.toLowerCase()));
}

const INLINE_LOCATION = new RegExp(
  `(?:^|,\\s*)((?:${PLACE_WORD}\\s?){1,3},\\s*(?:[A-Z]{2}|[\\p{Lu}][\\p{L}]+(?:\\s[\\p{Lu}][\\p{L}]+)?))(?=\\s*(?:,|$))`,
  'gu',
);

/** "City, ST" or "City, Country" inside a longer comma list: returns [before, location, after]. */
export function extractInlineLocation(text: string): [string, string, string] | null {
  if (!text.includes(',')) return null;
  const re = INLINE_LOCATION;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const loc = m[1]!;
    const region = loc.split(',')[1]!.trim();
    if (!US_STATES.has(region) && !COUNTRIES.has(region.toLowerCase())) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index + m[0].indexOf(loc);
    return [text.slice(0, start).replace(/[,\s]+$/, ''), loc, text.slice(start + loc.length).replace(/^[,\s]+/, '')];
  }
  return null;
}

export function toLocation(text: string): ResumeLocation {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length >= 3)
    return { address: parts.slice(0, parts.length - 2).join(', '), city: parts[parts.length - 2]!, region: parts[parts.length - 1]! };
  if (parts.length === 2) return { city: parts[0]!, region: parts[1]! };
  return { city: parts[0] ?? text };
}
