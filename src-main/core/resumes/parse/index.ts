/**
 * parseResume: ExtractedDocument → ResumeProfile (JSON Resume 1.0 + meta.provenance).
 * Deterministic rules only: no Electron, no network, no model. Every field set records where it
 * came from (page, line, text) and how sure the rule is.
 */
import type { ExtractedDocument } from '../../documents/types';
import type { ResumeProfile, ResumeProject, ResumeVolunteer, SectionKind } from '../../../../src-preload/contract/resume.types';
import { readBasics } from './basics';
import { parseEducationSection, recordEducation } from './education';
import { resetDateCache } from './dates';
import { bodyTexts, splitEntries } from './entries';
import { readHeader } from './header-fields';
import { bodyFontSize, toParserLines, type PLine } from './lines';
import { parseAwards, parseCertificates, parseLanguages } from './lists';
import { parseLanguageItem } from './lists';
import { Provenance } from './provenance';
import { resetHeadingCache, splitSections, type Section } from './sections';
import { parseSkillsSection, splitItems } from './skills-section';
import { fromStructured } from './structured';
import { parseWorkSection, recordWork, type ParsedWork } from './work';

export const PARSER_ID = 'pathwise-rules@1';

const PROJECT_URL = /\b(?:https?:\/\/)?(?:github\.com|gitlab\.com|[\w-]+\.(?:io|dev|app))\/?[^\s]*/i;

function parseProjects(lines: PLine[], prov: Provenance): ResumeProject[] {
  return splitEntries(lines).flatMap((entry, i) => {
    const fields = readHeader(entry.header);
    const first = fields.pieces[0];
    if (!first) return [];
    const project: ResumeProject = { name: first.text };
    const at = `projects[${i}]`;
    prov.set(`${at}.name`, first.line, 0.7);
    if (fields.pieces[1]) {
      project.roles = [fields.pieces[1].text];
      prov.set(`${at}.roles`, fields.pieces[1].line, 0.5);
    }
    if (fields.dates?.startDate) {
      project.startDate = fields.dates.startDate;
      prov.set(`${at}.startDate`, fields.dates.line, 0.85);
    }
    if (fields.dates?.endDate && !fields.dates.present && !fields.dates.single) {
      project.endDate = fields.dates.endDate;
      prov.set(`${at}.endDate`, fields.dates.line, 0.85);
    }
    const highlights = bodyTexts(entry);
    if (highlights.length) {
      project.highlights = highlights;
      prov.set(`${at}.highlights`, entry.body[0]!, 0.7);
    }
    const urlLine = entry.header.find((l) => PROJECT_URL.test(l.text));
    if (urlLine) {
      project.url = PROJECT_URL.exec(urlLine.text)![0];
      prov.set(`${at}.url`, urlLine, 0.8);
    }
    return [project];
  });
}

function toVolunteer(items: ParsedWork[], prov: Provenance, offset: number): ResumeVolunteer[] {
  return items.map((item, i) => {
    const { name, position, startDate, endDate, highlights, summary } = item.work;
    const v: ResumeVolunteer = {};
    if (name) v.organization = name;
    if (position) v.position = position;
    if (startDate) v.startDate = startDate;
    if (endDate) v.endDate = endDate;
    if (highlights) v.highlights = highlights;
    if (summary) v.summary = summary;
    const src = item.sources;
    if (src.name) prov.set(`volunteer[${offset + i}].organization`, src.name.line, src.name.confidence);
    if (src.position) prov.set(`volunteer[${offset + i}].position`, src.position.line, src.position.confidence);
    if (src.startDate) prov.set(`volunteer[${offset + i}].startDate`, src.startDate.line, 0.9);
    if (src.endDate) prov.set(`volunteer[${offset + i}].endDate`, src.endDate.line, 0.9);
    if (src.highlights) prov.set(`volunteer[${offset + i}].highlights`, src.highlights.line, 0.7);
    return v;
  });
}

function linesOf(sections: Section[], kinds: (SectionKind | 'header')[]): PLine[] {
  return sections.filter((s) => kinds.includes(s.kind)).flatMap((s) => s.lines);
}

function readSummary(sections: Section[], prov: Provenance): string | undefined {
  const summaryLines = linesOf(sections, ['summary']);
  if (!summaryLines.length) return undefined;
  prov.set('basics.summary', summaryLines, 0.8);
  return summaryLines
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Skills and spoken languages (a "Languages:" group under skills counts as languages). */
function readSkillsAndLanguages(sections: Section[], profile: ResumeProfile, prov: Provenance): void {
  const skills = parseSkillsSection(linesOf(sections, ['skills']));
  if (skills.skills.length) {
    profile.skills = skills.skills.map((s, i) => (prov.set(`skills[${i}].keywords`, s.line, 0.8), s.skill));
  }
  const languages = [
    ...parseLanguages(linesOf(sections, ['languages'])),
    ...skills.languages.map((l) => ({ item: parseLanguageItem(l.text), line: l.line })),
  ];
  if (languages.length) profile.languages = languages.map((l, i) => (prov.set(`languages[${i}].language`, l.line, 0.8), l.item));
}

/** One-item-per-line sections: certificates, awards, projects, publications, interests. */
function readListSections(sections: Section[], profile: ResumeProfile, prov: Provenance): void {
  const certificates = parseCertificates(linesOf(sections, ['certificates']));
  if (certificates.length) profile.certificates = certificates.map((c, i) => (prov.set(`certificates[${i}].name`, c.line, 0.8), c.item));
  const awards = parseAwards(linesOf(sections, ['awards']));
  if (awards.length) profile.awards = awards.map((a, i) => (prov.set(`awards[${i}].title`, a.line, 0.7), a.item));
  const projects = parseProjects(linesOf(sections, ['projects']), prov);
  if (projects.length) profile.projects = projects;
  const publications = linesOf(sections, ['publications']);
  if (publications.length)
    profile.publications = publications.map((l, i) => (prov.set(`publications[${i}].name`, l, 0.6), { name: l.text }));
  const interestLines = linesOf(sections, ['interests']);
  const interests = interestLines.flatMap((l) => splitItems(l.text));
  if (interests.length) {
    profile.interests = [{ name: 'Interests', keywords: interests }];
    prov.set('interests[0].keywords', interestLines, 0.7);
  }
}

export function parseResume(doc: ExtractedDocument): ResumeProfile {
  if ((doc.format === 'json-resume' || doc.format === 'linkedin') && doc.structured) return fromStructured(doc.structured, doc.format);
  resetDateCache();
  resetHeadingCache();
  const lines = toParserLines(doc);
  const sections = splitSections(lines, bodyFontSize(lines));
  const prov = new Provenance();
  const profile: ResumeProfile = {};

  const basics = readBasics(linesOf(sections, ['header', 'contact']), lines, doc.links ?? [], prov);
  const summary = readSummary(sections, prov);
  if (summary) basics.summary = summary;
  if (Object.keys(basics).length) profile.basics = basics;

  const work = parseWorkSection(linesOf(sections, ['work']));
  if (work.length) profile.work = recordWork('work', work, prov);
  const volunteer = parseWorkSection(linesOf(sections, ['volunteer']));
  if (volunteer.length) profile.volunteer = toVolunteer(volunteer, prov, 0);
  const education = parseEducationSection(linesOf(sections, ['education']));
  if (education.length) profile.education = recordEducation(education, prov);
  readSkillsAndLanguages(sections, profile, prov);
  readListSections(sections, profile, prov);

  profile.meta = {
    parser: PARSER_ID,
    sourceFormat: doc.format,
    provenance: prov.map,
    sections: sections
      .filter((s): s is Section & { heading: PLine } => s.heading !== null)
      .map((s) => ({ heading: s.heading.text, kind: s.kind === 'header' ? 'other' : s.kind, page: s.heading.page, line: s.heading.line })),
  };
  return profile;
}
