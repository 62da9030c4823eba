/**
 * basics: name, headline (label), e-mail, phone, links, location, summary. Read from the block
 * before the first heading (and sidebar/contact blocks), with the largest type near the top as
 * the name.
 */
import type { ResumeBasics, ResumeProfileLink } from '../../../../src-preload/contract/resume.types';
import { findContacts, findHandles, toProfile } from './contact';
import { looksLikeLocation, toLocation } from './location';
import { findDateRange } from './dates';
import { splitPieces, wordCount, type PLine } from './lines';
import type { Provenance } from './provenance';
import { pickName } from './name';
import { titleScore } from './roles';
import { headingKind } from './sections';

function isContactish(text: string): boolean {
  const c = findContacts(text);
  return c.emails.length + c.phones.length + c.urls.length > 0;
}

function headlineText(line: PLine): string | null {
  const text = line.text;
  if (line.bullet || isContactish(text) || findDateRange(text) || headingKind(text)) return null;
  if (/^["“'‘]/.test(text) || wordCount(text) > 14 || /[.!?]$/.test(text) || text.length > 110) return null;
  if (splitPieces(text).every((p) => looksLikeLocation(p)) || /^\d+\s/.test(text)) return null;
  return text.replace(/\t/g, ' · ');
}

/** "Data Analyst · dana@example.com · Austin, TX": a leading piece that is a job title, not contact. */
function headlineOnContactLine(line: PLine): string | null {
  if (!isContactish(line.text)) return null;
  const first = splitPieces(line.text.replace(/\s[·•|]\s|\t/g, '\t'))[0];
  if (!first || isContactish(first) || looksLikeLocation(first) || !titleScore(first) || wordCount(first) > 8) return null;
  return line.text.trim().startsWith(first) ? first : null;
}

/**
 * The headline: a short line right after the name that is neither contact details nor a place,
 * the job title leading the contact line, or a job title standing alone above the name.
 */
export function pickLabel(lines: PLine[], nameLine: PLine): { line: PLine; text: string } | null {
  const i = lines.indexOf(nameLine);
  const next = lines[i + 1];
  if (next && next.column === nameLine.column) {
    const text = headlineText(next) ?? headlineOnContactLine(next);
    if (text) return { line: next, text };
  }
  const before = lines[i - 1];
  if (before && i === 1 && before.column === nameLine.column && titleScore(before.text)) {
    const text = headlineText(before);
    if (text) return { line: before, text };
  }
  return null;
}

export interface ContactResult {
  basics: ResumeBasics;
}

/** Sets name and headline; returns the name's line (skipped when looking for the location). */
function readNameAndLabel(basics: ResumeBasics, headerLines: PLine[], allLines: PLine[], prov: Provenance): PLine | null {
  const name = pickName(headerLines.length ? headerLines : allLines.slice(0, 8)) ?? pickName(allLines);
  if (!name) return null;
  basics.name = name.name;
  prov.set('basics.name', name.line, name.line.fontSize > 0 ? 0.85 : 0.7, name.line.text);
  const label =
    name.rest && titleScore(name.rest) && !isContactish(name.rest) ? { line: name.line, text: name.rest } : pickLabel(allLines, name.line);
  if (label && headerLines.includes(label.line)) {
    basics.label = label.text;
    prov.set('basics.label', label.line, 0.6, label.text);
  }
  return name.line;
}

/** Links, de-duplicated: network profiles to `profiles`, the first other link to `basics.url`. */
function linkCollector(basics: ResumeBasics, prov: Provenance) {
  const profiles: ResumeProfileLink[] = [];
  const seen = new Set<string>();
  const add = (url: string, line: PLine | null) => {
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
  return { add, profiles };
}

type AddUrl = (url: string, line: PLine | null) => void;

/** E-mail anywhere; phone, links and location from the header block (profile links anywhere). */
function readContactLine(basics: ResumeBasics, line: PLine, inHeader: boolean, nameLine: PLine | null, addUrl: AddUrl, prov: Provenance) {
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
  if (!inHeader) return;
  for (const url of findHandles(line.text)) addUrl(url, line);
  if (basics.location) return;
  // On the name's own line ("JANE DOE | Data Scientist | Denver, CO") only a piece other than the name counts.
  const name = basics.name ?? '';
  const place = found.rest.find((p) => looksLikeLocation(p) && !headingKind(p) && (line !== nameLine || !p.includes(name)));
  if (place && (found.emails.length + found.phones.length + found.urls.length > 0 || wordCount(line.text) <= 8)) {
    basics.location = toLocation(place);
    prov.set('basics.location', line, 0.7, place);
  }
}

/** No phone in the header: the first phone number in the first lines that is not a date range. */
function fallbackPhone(basics: ResumeBasics, allLines: PLine[], prov: Provenance): void {
  for (const line of allLines.slice(0, 40)) {
    const phone = findContacts(line.text).phones[0];
    if (phone && !findDateRange(line.text)) {
      basics.phone = phone;
      prov.set('basics.phone', line, 0.6);
      return;
    }
  }
}

export function readBasics(headerLines: PLine[], allLines: PLine[], extraLinks: string[], prov: Provenance): ResumeBasics {
  const basics: ResumeBasics = {};
  const nameLine = readNameAndLabel(basics, headerLines, allLines, prov);
  const links = linkCollector(basics, prov);
  const header = new Set(headerLines);
  for (const line of [...headerLines, ...allLines.filter((l) => !header.has(l))])
    readContactLine(basics, line, header.has(line), nameLine, links.add, prov);
  if (!basics.phone) fallbackPhone(basics, allLines, prov);
  // Link annotations (icons with a URL behind them) only fill networks the text did not show.
  for (const url of extraLinks) if (toProfile(url) || !basics.url) links.add(url.replace(/\/$/, ''), null);
  if (links.profiles.length) basics.profiles = links.profiles;
  return basics;
}
