/**
 * One posting's text (or HTML) → ParsedJob, offline and deterministic. Structured hints (ATS
 * fields, JSON-LD) win over anything read from the text; a front-matter or "Key: value" header
 * comes next; the prose fills the rest.
 */
import type { JobSource, ParsedJob } from '../../../../src-preload/contract/job.types';
import { findByline, placeOfField } from './byline';
import { findEducation } from './education';
import { detectEmployment } from './employment';
import { findMinYears } from './experience';
import { splitHeader, type HeaderFields } from './header-fields';
import { sanitizeHtml } from '../intake/sanitize';
import { htmlToText, looksLikeHtml } from '../intake/html/text';
import { findLocation } from './location';
import { detectRemote } from './remote';
import { parseSalary } from './salary';
import { splitSections, type Section } from './sections';
import { detectSeniority } from './seniority';
import { extractSkills } from './skills';
import { companyFromProse, splitTitleAt, titleFromLines, titleFromProse, type TitleLine } from './title-company';

export type JobHints = Partial<Pick<ParsedJob, 'title' | 'company' | 'location' | 'remote' | 'employmentType' | 'datePosted' | 'applyUrl' | 'salary'>>;

export interface ParseJobInput {
  text: string;
  html?: string | null;
  hints?: JobHints;
  source: JobSource;
}

function bodyText(input: ParseJobInput): string {
  const raw = input.text.trim() ? input.text : '';
  if (raw && !looksLikeHtml(raw)) return raw.replace(/\r\n?/g, '\n');
  if (input.html) return htmlToText(input.html);
  return raw ? htmlToText(raw) : '';
}

function listSection(sections: Section[], kind: Section['kind']): string[] {
  return sections
    .filter((section) => section.kind === kind)
    .flatMap((section) => section.lines)
    .filter((line) => line.bullet || line.text.length <= 160)
    .map((line) => line.text);
}

function findTitle(hints: JobHints, header: HeaderFields, sections: Section[], body: string): TitleLine {
  const given = hints.title?.trim() || header.title?.trim();
  if (given) return { title: given, company: null, location: null };
  const fromLines = titleFromLines(sections);
  if (fromLines) return fromLines.company ? fromLines : { ...fromLines, ...splitTitleAt(fromLines.title) };
  return { title: titleFromProse(body) ?? '', company: null, location: null };
}

function commaList(value: string | undefined): string[] {
  return value ? value.split(/\s*,\s*/).filter(Boolean) : [];
}

export function parseJobText(input: ParseJobInput): ParsedJob {
  const hints = input.hints ?? {};
  const text = bodyText(input);
  const { fields: header, body } = splitHeader(text);
  const sections = splitSections(body);
  const { title, company: companyFromTitle, location: locationFromTitle } = findTitle(hints, header, sections, body);
  const byline = findByline(sections, title, body);
  const field = header.location ? placeOfField(header.location) : null;
  const company =
    hints.company?.trim() || header.company?.trim() || companyFromTitle || field?.company || byline.company || companyFromProse(body);
  const given = field?.place ?? locationFromTitle ?? byline.location;
  const location = hints.location?.trim() || findLocation({ given, title, sections, text: body });
  const salaryText = header.salary ? parseSalary(header.salary, { location, field: true }) : null;
  const benefits = listSection(sections, 'benefits');
  return {
    title,
    company: company || null,
    location: location || null,
    remote: hints.remote ?? detectRemote(body, header.location ?? location ?? null, header.remote ?? null),
    employmentType: hints.employmentType ?? detectEmployment(body, title, header.employmentType ?? null),
    seniority: detectSeniority(title, body, header.seniority ?? null),
    minYearsExperience: findMinYears(header.experience ? `${header.experience} experience` : body),
    education: findEducation(sections, header.education ?? null),
    ...extractSkills(sections),
    salary: hints.salary ?? salaryText ?? parseSalary(body, { location }),
    benefits: benefits.length > 0 ? benefits : commaList(header.benefits),
    responsibilities: listSection(sections, 'responsibilities'),
    description: text,
    descriptionHtml: input.html ? sanitizeHtml(input.html) : looksLikeHtml(input.text) ? sanitizeHtml(input.text) : null,
    datePosted: hints.datePosted ?? header.datePosted ?? null,
    validThrough: header.validThrough ?? null,
    applyUrl: hints.applyUrl ?? header.applyUrl ?? input.source.url ?? null,
    source: input.source,
  };
}
