/** RemoteOK API. Element 0 is the legal notice: kept as attribution on every posting, never treated as a job. */
import type { HttpClient } from '../http-client.types';
import { cleanLine, descriptionFromHtml, isObject, isoDate, salaryRange, str, type JsonObject } from '../normalize';
import type { RawPosting } from '../types';
import { wrongShape } from '../ats/common';
import type { AggregatorOptions, AggregatorResult } from './common';

const NAME = 'RemoteOK';
export const REMOTEOK_API = 'https://remoteok.com';

function mapRemoteOkJob(job: JsonObject, attribution: string): RawPosting | null {
  const id = str(job.id);
  const title = cleanLine(job.position) ?? cleanLine(job.title);
  if (!id || !title) return null;
  const url = str(job.url) ?? `https://remoteok.com/remote-jobs/${str(job.slug) ?? id}`;
  const description = descriptionFromHtml(job.description);
  return {
    externalId: id,
    url,
    applyUrl: str(job.apply_url) ?? url,
    title,
    company: cleanLine(job.company),
    location: cleanLine(job.location),
    remote: 'remote',
    employmentType: null,
    datePosted: isoDate(job.date) ?? isoDate(job.epoch),
    // RemoteOK publishes yearly USD figures; 0 means "not given".
    salary: salaryRange(job.salary_min, job.salary_max, 'USD', 'year', 'Salary range listed on RemoteOK'),
    descriptionHtml: description.html,
    descriptionText: description.text,
    source: { kind: 'aggregator', name: NAME, url, externalId: id, attribution },
  };
}

export async function fetchRemoteOk(http: HttpClient, options: AggregatorOptions = {}): Promise<AggregatorResult> {
  const base = (options.baseUrl ?? REMOTEOK_API).replace(/\/+$/, '');
  const { data } = await http.getJson(`${base}/api`, { sourceName: NAME, signal: options.signal });
  if (!Array.isArray(data)) throw wrongShape(NAME, 'expected a list');
  const [first, ...rest] = data;
  const isNotice = isObject(first) && !('position' in first) && ('legal' in first || !('id' in first));
  const notice = isNotice ? (cleanLine(first.legal) ?? cleanLine(Object.values(first).find((value) => typeof value === 'string'))) : null;
  const attribution = `Jobs from RemoteOK (https://remoteok.com).${notice ? ` ${notice}` : ''}`;
  const jobs = isNotice ? rest : data;
  return {
    postings: jobs.flatMap((job) => (isObject(job) ? (mapRemoteOkJob(job, attribution) ?? []) : [])),
    attribution,
    sourceUrl: 'https://remoteok.com',
  };
}
