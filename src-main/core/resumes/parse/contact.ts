/**
 * Contact details: e-mail, international phone numbers, links written as bare domains, and the
 * location. Matches are removed from the line so what remains can be read as a location.
 */
import type { ResumeProfileLink } from '../../../../src-preload/contract/resume.types';
import { splitPieces } from './lines';

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
/** +82 10-1234-5678, (555) 123-4567, +33 6 12 34 56 78, +49 (0)30 1234567, +44 7911 123456, 123.456.7890. */
export const PHONE = /(?:\(\+?\d{1,4}\)\s?|\+\d{1,4}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\(?\d{1,8}\)?){1,5}/g;
const URL =
  /\b(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|dev|me|co|ai|app|page|site|tech|info|xyz|blog|design|art|studio|photography|photo|online|website|portfolio|space|cloud|codes|digital|work|works|pro|tv|ly|sh|gg|fr|de|es|uk|us|ca|kr|in|eu|ch|nl|be|it|pt|br|mx|ar|jp|cn|au|nz|za|sg|hk|tw|se|no|fi|dk|pl|at|ie)(?![\w-])(?:\/[^\s|,;)]*)?/gi;

/** "Location: Austin, TX", "Address - Lyon": the label written before a contact value. */
const FIELD_LABEL =
  /^(?:location|address|home|city|residence|based in|lives in|e-?mail|phone|tel(?:ephone)?|mobile|cell|adresse|direcci[oó]n|wohnort|anschrift|ort)\s*[:：-]\s*/i;
/** A label left alone once its value was taken out ("Email:" before the address). */
const BARE_LABEL = /^(?:e-?mail|phone|tel(?:ephone)?|mobile|cell|web(?:site)?|linkedin|github|portfolio|t|m|e|p|w)\s*[:：.]?$/i;

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
  const pieces = splitPieces(rest)
    .map((p) => p.replace(FIELD_LABEL, '').trim())
    .filter((p) => /\p{L}/u.test(p) && !BARE_LABEL.test(p));
  return { emails, phones, urls, rest: pieces };
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
