/** Arbeitnow job board API (EU; many listings in German). One page per call. */
import type { HttpClient } from '../http-client.types';
import { cleanLine, descriptionFromHtml, employmentTypeOf, isObject, isoDate, num, str, type JsonObject } from '../normalize';
import type { RawPosting } from '../types';
import { wrongShape } from '../ats/common';
import type { AggregatorOptions, AggregatorResult } from './common';

const NAME = 'Arbeitnow';
export const ARBEITNOW_API = 'https://www.arbeitnow.com';
const ATTRIBUTION = 'Jobs from Arbeitnow (https://www.arbeitnow.com).';

function mapArbeitnowJob(job: JsonObject): RawPosting | null {
  const slug = str(job.slug);
  const title = cleanLine(job.title);
  if (!slug || !title) return null;
  const url = str(job.url) ?? `https://www.arbeitnow.com/jobs/${slug}`;
  const description = descriptionFromHtml(job.description);
  return {
    externalId: slug,
    url,
    applyUrl: url,
    title,
    company: cleanLine(job.company_name),
    location: cleanLine(job.location),
    remote: job.remote === true ? 'remote' : null,
    employmentType: employmentTypeOf(job.job_types),
    datePosted: isoDate(num(job.created_at) ?? job.created_at),
    salary: null,
    descriptionHtml: description.html,
    descriptionText: description.text,
    source: { kind: 'aggregator', name: NAME, url, externalId: slug, attribution: ATTRIBUTION },
  };
}

export async function fetchArbeitnow(
  http: HttpClient,
  options: AggregatorOptions & { page?: number } = {},
): Promise<AggregatorResult & { nextPage: number | null }> {
  const base = (options.baseUrl ?? ARBEITNOW_API).replace(/\/+$/, '');
  const page = options.page ?? 1;
  const { data } = await http.getJson(`${base}/api/job-board-api?page=${page}`, { sourceName: NAME, signal: options.signal });
  if (!isObject(data) || !Array.isArray(data.data)) throw wrongShape(NAME, 'no "data" list');
  const hasNext = isObject(data.links) && !!str(data.links.next);
  return {
    postings: data.data.flatMap((job) => (isObject(job) ? (mapArbeitnowJob(job) ?? []) : [])),
    attribution: ATTRIBUTION,
    sourceUrl: 'https://www.arbeitnow.com',
    nextPage: hasNext && data.data.length > 0 ? page + 1 : null,
  };
}
