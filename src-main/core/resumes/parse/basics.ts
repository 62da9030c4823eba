/**
 * basics: name, headline (label), e-mail, phone, links, location, summary. Read from the block
 * before the first heading (and sidebar/contact blocks), with the largest type near the top as
 * the name.
 */
import type { ResumeBasics, ResumeProfileLink } from '../../../../src-preload/contract/resume.types';
import { findContacts, looksLikeLocation, toLocation, toProfile } from './contact';
import { findDateRange } from './dates';
import { isAllCaps, splitPieces, wordCount, type PLine } from './lines';
import type { Provenance } from './provenance';
import { headingKind } from './sections';

const CREDENTIALS = /,\s*(?:[A-Z][A-Za-z.-]{0,6}(?:\s*,\s*|\s*$))+$/;

function nameCandidate(line: PLine): string | null {
  let text = line.text.replace(/^(?:name|nom|nombre)\s*:\s*/i, '').trim();
  if (CREDENTIALS.test(text)) text = text.replace(CREDENTIALS, '').trim();
  const words = wordCount(text);
  if (words < 1 || words > 5 || text.length > 50) return null;
  if (/[\d@/\\|:]|https?|www\./i.test(text) || headingKind(text)) return null;
  if (!/^[\p{L}][\p{L}'’.\- ]+$/u.test(text)) return null;
  if (looksLikeLocation(text) && text.includes(',')) return null;
  return text;
}

export function pickName(lines: PLine[]): { name: string; line: PLine } | null {
  const top = lines.filter((l) => l.page === 1).slice(0, 12);
  let best: { name: string; line: PLine } | null = null;
  for (const line of top) {
    const name = nameCandidate(line);
    if (!name) continue;
    if (!best || line.fontSize > best.line.fontSize + 0.5) best = { name, line };
  }
  return best;
}

function isContactish(text: string): boolean {
  const c = findContacts(text);
  return c.emails.length + c.phones.length + c.urls.length > 0;
}

/** A short line right after the name that is neither contact details nor a place: the headline. */
export function pickLabel(lines: PLine[], nameLine: PLine): PLine | null {
  const i = lines.indexOf(nameLine);
  const next = lines[i + 1];
  if (!next || next.column !== nameLine.column || next.bullet) return null;
  const text = next.text;
  if (isContactish(text) || findDateRange(text) || headingKind(text)) return null;
  if (/^["“'‘]/.test(text) || wordCount(text) > 14 || /[.!?]$/.test(text) || text.length > 110) return null;
  const pieces = splitPieces(text);
  if (pieces.every((p) => looksLikeLocation(p))) return null;
  if (/^\d+\s/.test(text)) return null;
  return next;
}

export interface ContactResult {
  basics: ResumeBasics;
}

export function readBasics(headerLines: PLine[], allLines: PLine[], extraLinks: string[], prov: Provenance): ResumeBasics {
  const basics: ResumeBasics = {};
  const pool = headerLines.length ? headerLines : allLines.slice(0, 8);
  const name = pickName(pool) ?? pickName(allLines);
  if (name) {
    basics.name = isAllCaps(name.name) || name.name === name.name.toLowerCase() ? name.name : name.name;
    prov.set('basics.name', name.line, name.line.fontSize > 0 ? 0.85 : 0.7, name.line.text);
    const label = pickLabel(allLines, name.line);
    if (label && headerLines.includes(label)) {
      basics.label = label.text.replace(/\t/g, ' · ');
      prov.set('basics.label', label, 0.6);
    }
  }
  const profiles: ResumeProfileLink[] = [];
  const seen = new Set<string>();
  const addUrl = (url: string, line: PLine | null) => {
    const key = url
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/$/, '');
    if (seen.has(key) || /^mailto:|^tel:/i.test(url)) return;
    seen.add(key);
    const profile = toProfile(url);
    if (profile) {
      prov.set(`basics.profiles[${profiles.length}].url`, line, line ? 0.9 : 0.7);
      profiles.push(profile);
    } else if (!basics.url) {
      basics.url = url;
      prov.set('basics.url', line, line ? 0.8 : 0.6);
    }
  };
  const scan = [...headerLines, ...allLines.filter((l) => !headerLines.includes(l))];
  for (const line of scan) {
    const inHeader = headerLines.includes(line);
    const found = findContacts(line.text);
    if (!basics.email && found.emails[0]) {
      basics.email = found.emails[0];
      prov.set('basics.email', line, 0.95);
    }
    if (inHeader && !basics.phone && found.phones[0]) {
      basics.phone = found.phones[0];
      prov.set('basics.phone', line, 0.85);
    }
    for (const url of found.urls) if (inHeader || toProfile(url)) addUrl(url, line);
    if (inHeader && !basics.location && line !== name?.line) {
      const candidates = found.rest.length ? found.rest : [];
      const place = candidates.find((p) => looksLikeLocation(p) && !headingKind(p));
      if (place && (found.emails.length + found.phones.length + found.urls.length > 0 || wordCount(line.text) <= 8)) {
        basics.location = toLocation(place);
        prov.set('basics.location', line, 0.7, place);
      }
    }
  }
  if (!basics.phone) {
    for (const line of allLines.slice(0, 40)) {
      const phone = findContacts(line.text).phones[0];
      if (phone && !findDateRange(line.text)) {
        basics.phone = phone;
        prov.set('basics.phone', line, 0.6);
        break;
      }
    }
  }
  // Link annotations (icons with a URL behind them) only fill networks the text did not show.
  for (const url of extraLinks) if (toProfile(url) || !basics.url) addUrl(url.replace(/\/$/, ''), null);
  if (profiles.length) basics.profiles = profiles;
  return basics;
}
