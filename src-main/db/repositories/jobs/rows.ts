/** How a ParsedJob becomes a jobs row, and back. */
import type { JobSource, ParsedJob } from '../../../../src-preload/contract/job.types';
import type { Selectable } from 'kysely';
import { emptyParsedJob } from '../../../core/jobs/empty-job';
import { jobSearchFields, type JobSearchFields, type JobSkillRef } from '../../../core/matching/job-features';
import type { JobsTable } from '../../schema';

/** Bump when the derived search fields change; `reindexStaleJobs` then rebuilds older rows. */
export const JOB_INDEX_VERSION = 1;

export interface JobInput {
  job: ParsedJob;
  /** schema.org JobPosting as received (JSON-LD); a minimal one is built from `job` when absent. */
  jsonLd?: unknown;
}

export function jsonLdOf(job: ParsedJob): unknown {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    ...(job.company ? { hiringOrganization: { '@type': 'Organization', name: job.company } } : {}),
    ...(job.location ? { jobLocation: { '@type': 'Place', address: job.location } } : {}),
    ...(job.remote === 'remote' ? { jobLocationType: 'TELECOMMUTE' } : {}),
    ...(job.employmentType ? { employmentType: job.employmentType.toUpperCase().replace('-', '_') } : {}),
    ...(job.datePosted ? { datePosted: job.datePosted } : {}),
    ...(job.validThrough ? { validThrough: job.validThrough } : {}),
    ...(job.source?.url ? { url: job.source.url } : {}),
    // The description lives in jobs.description; exports put it back.
  };
}

const q = JSON.stringify;

/**
 * `JSON.stringify(input.jsonLd ?? jsonLdOf(job))`, byte for byte; the built-in one is written out
 * as a string because import does this for every posting.
 */
export function postingJsonOf(input: JobInput): string {
  const job = input.job;
  if (input.jsonLd !== undefined && input.jsonLd !== null) return JSON.stringify(input.jsonLd);
  const { title, company, location, employmentType, datePosted, validThrough } = job;
  if (typeof title !== 'string') return JSON.stringify(jsonLdOf(job));
  let out = `{"@context":"https://schema.org","@type":"JobPosting","title":${q(title)}`;
  if (company) out += `,"hiringOrganization":{"@type":"Organization","name":${q(company)}}`;
  if (location) out += `,"jobLocation":{"@type":"Place","address":${q(location)}}`;
  if (job.remote === 'remote') out += ',"jobLocationType":"TELECOMMUTE"';
  if (employmentType) out += `,"employmentType":${q(employmentType.toUpperCase().replace('-', '_'))}`;
  if (datePosted) out += `,"datePosted":${q(datePosted)}`;
  if (validThrough) out += `,"validThrough":${q(validThrough)}`;
  if (job.source?.url) out += `,"url":${q(job.source.url)}`;
  return out + '}';
}

export function parsedJsonOf(job: ParsedJob): string {
  const { description: _description, ...rest } = job;
  return JSON.stringify(rest);
}

/**
 * Values of FIELD_COLUMNS for a posting. `topTerms` is '' unless given: ranking fills it in
 * (`fillTopTerms`), so import does not pay for a scan only ranking needs.
 */
export function jobRowValues(job: ParsedJob, f: JobSearchFields, postingJson: string, parsedJson: string, sourcesJson: string, now: string, topTerms = ''): unknown[] {
  return rowValues(job, f, postingJson, parsedJson, sourcesJson, now, topTerms).slice(4);
}

/** The source columns, then FIELD_COLUMNS: INSERT_JOB_SQL's values, built as one array. */
function rowValues(job: ParsedJob, f: JobSearchFields, postingJson: string, parsedJson: string, sourcesJson: string, now: string, topTerms: string): unknown[] {
  const closed = job.validThrough !== null && job.validThrough !== undefined && job.validThrough.slice(0, 10) < now.slice(0, 10);
  return [
    job.source.name,
    job.source.externalId,
    job.source.url ?? job.applyUrl,
    now,
    job.title,
    job.company,
    job.location,
    job.description ?? '',
    postingJson,
    closed ? 'closed' : 'open',
    now,
    parsedJson,
    job.remote,
    job.employmentType,
    job.seniority,
    job.minYearsExperience,
    f.educationLevel,
    f.educationRequired ? 1 : 0,
    f.salaryMinYear,
    f.salaryMaxYear,
    f.salaryCurrency,
    job.datePosted,
    f.locationKey,
    f.urlKey,
    f.dedupeKey,
    // content_hash: no longer kept (identical text is a shingle similarity of 1.0); older rows keep theirs.
    null,
    topTerms,
    sourcesJson,
    JOB_INDEX_VERSION,
  ];
}

export interface NewJobRow {
  /** Values for INSERT_JOB_SQL. */
  values: unknown[];
  /** title, company, description as the FTS index gets them. */
  fts: [string, string, string];
  skills: JobSkillRef[];
}

/** Everything a first import of `input` writes (also the bench's reference rows). */
export function newJobRow(input: JobInput, now: string, f: JobSearchFields = jobSearchFields(input.job), parsedJson = parsedJsonOf(input.job)): NewJobRow {
  const job = input.job;
  const posting = postingJsonOf(input);
  return {
    values: rowValues(job, f, posting, parsedJson, '[]', now, ''),
    fts: [f.ftsTitle, f.ftsCompany, f.ftsDescription],
    skills: f.skills,
  };
}

/** The columns of a stored posting the repository reads back. */
export type StoredRow = Pick<
  Selectable<JobsTable>,
  'id' | 'source' | 'source_id' | 'url' | 'title' | 'company' | 'location' | 'description' | 'parsed_json' | 'posting_json' | 'sources_json' | 'dedupe_key' | 'status' | 'created_at' | 'updated_at'
>;

export function storedParsed(row: StoredRow): ParsedJob {
  if (row.parsed_json) return { ...(JSON.parse(row.parsed_json) as Omit<ParsedJob, 'description'>), description: row.description };
  return emptyParsedJob({
    title: row.title,
    company: row.company,
    location: row.location,
    description: row.description,
    source: { kind: 'file', name: row.source, url: row.url, externalId: row.source_id },
  });
}


export function sourceRef(s: JobSource): JobSource {
  return { kind: s.kind, name: s.name, url: s.url, externalId: s.externalId, ...(s.attribution ? { attribution: s.attribution } : {}) };
}
