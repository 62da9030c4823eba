/**
 * LinkedIn "Get a copy of your data" export (.zip of CSVs) → JSON Resume in `structured`.
 * Same zip pre-flight as DOCX (SECURITY.md B-2); columns are matched by header name,
 * case-insensitively, since LinkedIn has renamed and reordered them over the years.
 */
import type { ExtractedDocument, ExtractionLimits } from '../../core/documents/types';
import { parseDate } from '../../core/resumes/parse/dates';
import { buildDocument, singlePage } from './build-document';
import { csvRecords } from '../../core/text/csv';
import { failure } from './messages';
import { renderStructured } from './render-structured';
import { checkZip, type CheckedZip } from './zip-preflight';

export const LINKEDIN_FILES = ['profile', 'positions', 'education', 'skills', 'certifications', 'languages', 'projects', 'email addresses'];

const baseName = (name: string) =>
  name
    .split('/')
    .pop()!
    .replace(/\.csv$/i, '')
    .toLowerCase();

export function looksLikeLinkedInExport(names: string[]): boolean {
  const bases = new Set(names.filter((n) => /\.csv$/i.test(n)).map(baseName));
  return bases.has('profile') || bases.has('positions');
}

type Rec = Record<string, string>;
const pick = (r: Rec, ...keys: string[]) => keys.map((k) => r[k.toLowerCase()]).find((v) => v) ?? '';
const date = (v: string) => (v ? (parseDate(v) ?? undefined) : undefined);
const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length))) as T;

async function readCsv(zip: CheckedZip, file: string, expected: string[]): Promise<Rec[]> {
  const entry = zip.entries.find((e) => baseName(e.name) === file && /\.csv$/i.test(e.name));
  if (!entry) return [];
  const text = (await zip.read(entry.name, 5 * 1024 * 1024)).toString('utf8');
  return csvRecords(text, expected);
}

export async function linkedInToResume(zip: CheckedZip): Promise<Record<string, unknown>> {
  const [profile] = await readCsv(zip, 'profile', ['First Name', 'Last Name', 'Headline']);
  const emails = await readCsv(zip, 'email addresses', ['Email Address']);
  const positions = await readCsv(zip, 'positions', ['Company Name', 'Title']);
  const education = await readCsv(zip, 'education', ['School Name', 'Degree Name']);
  const skills = await readCsv(zip, 'skills', ['Name']);
  const certs = await readCsv(zip, 'certifications', ['Name', 'Authority']);
  const languages = await readCsv(zip, 'languages', ['Name', 'Proficiency']);
  const projects = await readCsv(zip, 'projects', ['Title', 'Description']);
  const primary = emails.find((e) => /^yes$/i.test(pick(e, 'Primary'))) ?? emails[0];
  const websites = profile
    ? pick(profile, 'Websites')
        .split(/[,\s]+/)
        .map((w) => w.replace(/^\[?\w*:/, '').replace(/\]$/, ''))
        .filter((w) => /\./.test(w))
    : [];
  const basics = clean({
    name: profile ? [pick(profile, 'First Name'), pick(profile, 'Last Name')].filter(Boolean).join(' ') : undefined,
    label: profile ? pick(profile, 'Headline') : undefined,
    email: primary ? pick(primary, 'Email Address') : undefined,
    summary: profile ? pick(profile, 'Summary') : undefined,
    location: profile && pick(profile, 'Geo Location', 'Location') ? { city: pick(profile, 'Geo Location', 'Location') } : undefined,
    url: websites[0],
  });
  return clean({
    basics,
    work: positions.map((p) =>
      clean({
        name: pick(p, 'Company Name', 'Company'),
        position: pick(p, 'Title'),
        location: pick(p, 'Location'),
        summary: pick(p, 'Description'),
        startDate: date(pick(p, 'Started On', 'Start Date')),
        endDate: date(pick(p, 'Finished On', 'End Date')),
      }),
    ),
    education: education.map((e) =>
      clean({
        institution: pick(e, 'School Name', 'School'),
        studyType: pick(e, 'Degree Name', 'Degree'),
        area: pick(e, 'Field Of Study', 'Field of Study'),
        startDate: date(pick(e, 'Start Date', 'Started On')),
        endDate: date(pick(e, 'End Date', 'Finished On')),
      }),
    ),
    skills: skills.length ? [{ name: 'Skills', keywords: skills.map((s) => pick(s, 'Name')).filter(Boolean) }] : [],
    certificates: certs.map((c) =>
      clean({ name: pick(c, 'Name'), issuer: pick(c, 'Authority'), url: pick(c, 'Url'), date: date(pick(c, 'Started On')) }),
    ),
    languages: languages.map((l) => clean({ language: pick(l, 'Name'), fluency: pick(l, 'Proficiency') })),
    projects: projects.map((p) =>
      clean({
        name: pick(p, 'Title'),
        description: pick(p, 'Description'),
        url: pick(p, 'Url'),
        startDate: date(pick(p, 'Started On')),
        endDate: date(pick(p, 'Finished On')),
      }),
    ),
  });
}

export async function extractLinkedIn(bytes: Uint8Array, limits: ExtractionLimits): Promise<ExtractedDocument> {
  const zip = await checkZip(bytes);
  try {
    if (!looksLikeLinkedInExport(zip.entries.map((e) => e.name)))
      throw failure('unsupported-format', 'this zip is not a LinkedIn data export');
    const resume = await linkedInToResume(zip);
    return buildDocument({ format: 'linkedin', pages: [singlePage(renderStructured(resume))], structured: resume }, limits.maxOutputChars);
  } finally {
    zip.close();
  }
}
