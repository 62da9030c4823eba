/**
 * One posting from a file or a URL, parsed but not stored: shared by the app's intake and the
 * `pathwise job` / `pathwise match` commands.
 */
import path from 'node:path';
import type { ParsedJob } from '../../../src-preload/contract/job.types';
import { AppFailure } from '../../../src-preload/contract/result';
import type { DocumentExtractor } from '../documents/types';
import { extractJsonLdPostings, fetchPostingByUrl, pagePosting, type AtsKind, type HttpClient } from './intake';
import { rawToParsed, textToParsed } from './raw-to-parsed';

export const JOB_FILE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf'];

export async function parseJobFile(name: string, bytes: Uint8Array, extractor: DocumentExtractor, signal?: AbortSignal): Promise<ParsedJob> {
  const ext = path.extname(name).toLowerCase();
  const source = { kind: 'file' as const, name: 'File', url: null, externalId: null };
  if (ext === '.html' || ext === '.htm') {
    const html = new TextDecoder().decode(bytes);
    const fromLd = extractJsonLdPostings(html, '')[0];
    const raw = fromLd ?? pagePosting(html, '');
    if (!raw) throw new AppFailure('invalid-input', `${name}: no job posting was found in this page.`);
    return rawToParsed({ ...raw, source: { ...raw.source, ...source, name: fromLd ? 'File (JSON-LD)' : 'File (page text)' } });
  }
  if (ext === '.pdf') {
    const document = await extractor.extract({ bytes, fileName: name }, { signal });
    return textToParsed(document.text, source);
  }
  if (ext === '.txt' || ext === '.md' || ext === '.markdown' || ext === '') {
    return textToParsed(new TextDecoder().decode(bytes), source);
  }
  throw new AppFailure('unsupported-format', `${name}: import a .txt, .md, .html or .pdf file, or use CSV import for spreadsheets.`);
}

export async function parseJobUrl(
  http: HttpClient,
  url: string,
  options: { atsBaseUrls?: Partial<Record<AtsKind, string>>; signal?: AbortSignal } = {},
): Promise<ParsedJob> {
  return rawToParsed(await fetchPostingByUrl(http, url, options));
}

/** The stable JSON shape `pathwise job --json` prints (camelCase, as documented in the README). */
export function jobSummaryJson(job: ParsedJob) {
  return {
    title: job.title,
    company: job.company,
    location: job.location,
    remote: job.remote,
    employmentType: job.employmentType,
    seniority: job.seniority,
    minYearsExperience: job.minYearsExperience,
    education: job.education?.text ?? null,
    educationLevel: job.education?.level ?? null,
    requiredSkills: job.requiredSkills,
    preferredSkills: job.preferredSkills,
    salary: job.salary ? { min: job.salary.min, max: job.salary.max, currency: job.salary.currency, period: job.salary.period } : null,
    benefits: job.benefits,
    responsibilities: job.responsibilities,
    requirements: job.requirements,
    datePosted: job.datePosted,
    applyUrl: job.applyUrl,
    source: job.source,
  };
}
