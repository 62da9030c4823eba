/** Greenhouse Job Board API (DATA-SOURCES.md section 2): whole board in one call, reads need no key. */
import type { HttpClient } from '../http-client.types';
import {
  cleanLine,
  descriptionFromHtml,
  employmentTypeOf,
  isObject,
  isoDate,
  list,
  num,
  remoteModeOf,
  str,
  type JsonObject,
} from '../normalize';
import type { RawPosting } from '../types';
import { boardRequest, encode, trimBase, wrongShape, type AtsClient, type AtsRequestOptions } from './common';

const NAME = 'Greenhouse';
export const GREENHOUSE_API = 'https://boards-api.greenhouse.io';

function salaryOf(job: JsonObject): RawPosting['salary'] {
  const range = list(job.pay_input_ranges).find(isObject);
  if (!range) return null;
  const min = num(range.min_cents);
  const max = num(range.max_cents);
  if (min === null && max === null) return null;
  const currency = str(range.currency_type);
  const blurb = cleanLine(range.blurb) ?? cleanLine(range.title);
  return {
    min: min === null ? null : min / 100,
    max: max === null ? null : max / 100,
    currency: currency?.toUpperCase() ?? null,
    // Greenhouse pay ranges are annual unless the title says otherwise.
    period: /hour/i.test(`${range.title ?? ''} ${range.blurb ?? ''}`) ? 'hour' : 'year',
    text: blurb ?? `${currency ?? ''} ${min === null ? '' : min / 100}–${max === null ? '' : max / 100}`.trim(),
  };
}

function metadataValue(job: JsonObject, pattern: RegExp): unknown {
  const entry = list(job.metadata).find((item) => isObject(item) && pattern.test(str(item.name) ?? ''));
  return isObject(entry) ? entry.value : null;
}

export function mapGreenhouseJob(job: JsonObject, token: string, options: AtsRequestOptions = {}): RawPosting | null {
  const id = str(job.id);
  const title = cleanLine(job.title);
  if (!id || !title) return null;
  const location = isObject(job.location) ? cleanLine(job.location.name) : null;
  const url = str(job.absolute_url) ?? `https://job-boards.greenhouse.io/${token}/jobs/${id}`;
  const description = descriptionFromHtml(job.content);
  return {
    externalId: id,
    url,
    applyUrl: url,
    title,
    company: cleanLine(job.company_name) ?? options.companyName ?? null,
    location,
    remote: remoteModeOf(metadataValue(job, /workplace|remote|location type/i)) ?? (remoteModeOf(location) === 'remote' ? 'remote' : null),
    employmentType: employmentTypeOf(metadataValue(job, /employment|commitment|time type|job type/i)),
    datePosted: isoDate(job.first_published) ?? isoDate(job.updated_at),
    salary: salaryOf(job),
    descriptionHtml: description.html,
    descriptionText: description.text,
    source: { kind: 'board', name: NAME, url, externalId: id },
  };
}

export const greenhouse: AtsClient = {
  name: NAME,
  async fetchBoard(http: HttpClient, token: string, options: AtsRequestOptions = {}) {
    const base = trimBase(options.baseUrl ?? GREENHOUSE_API);
    const { data } = await boardRequest(NAME, token, () =>
      http.getJson(`${base}/v1/boards/${encode(token)}/jobs?content=true`, { sourceName: NAME, signal: options.signal }),
    );
    if (!isObject(data) || !Array.isArray(data.jobs)) throw wrongShape(NAME, 'no "jobs" list');
    return data.jobs.flatMap((job) => (isObject(job) ? (mapGreenhouseJob(job, token, options) ?? []) : []));
  },
  async fetchJob(http: HttpClient, token: string, jobId: string, options: AtsRequestOptions = {}) {
    const base = trimBase(options.baseUrl ?? GREENHOUSE_API);
    const { data } = await boardRequest(
      NAME,
      token,
      () =>
        http.getJson(`${base}/v1/boards/${encode(token)}/jobs/${encode(jobId)}?questions=true&pay_transparency=true`, {
          sourceName: NAME,
          signal: options.signal,
        }),
      jobId,
    );
    const posting = isObject(data) ? mapGreenhouseJob(data, token, options) : null;
    if (!posting) throw wrongShape(NAME, 'no job id or title');
    return posting;
  },
};
