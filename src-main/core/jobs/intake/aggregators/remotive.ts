/**
 * Remotive public API. Terms (DATA-SOURCES.md): link back to Remotive and name it as the source,
 * do not forward jobs to other job boards, poll at most 4 times a day (enforced here from the
 * caller's `lastFetchedAt`; the feed is delayed 24 h anyway).
 */
import { NetworkError, type HttpClient } from '../http-client.types';
import { cleanLine, descriptionFromHtml, employmentTypeOf, isObject, isoDate, str, type JsonObject } from '../normalize';
import { parseSalaryText } from '../salary-text';
import type { RawPosting } from '../types';
import { wrongShape } from '../ats/common';
import type { AggregatorOptions, AggregatorResult } from './common';

const NAME = 'Remotive';
export const REMOTIVE_API = 'https://remotive.com';
/** 4 fetches a day. */
export const REMOTIVE_MIN_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface RemotiveQuery {
  category?: string;
  companyName?: string;
  search?: string;
  limit?: number;
}

export interface RemotiveOptions extends AggregatorOptions {
  /** When the previous fetch ran (ms since epoch), or null for never. */
  lastFetchedAt: number | null;
  now?: () => number;
}

function mapRemotiveJob(job: JsonObject, attribution: string): RawPosting | null {
  const id = str(job.id);
  const title = cleanLine(job.title);
  const url = str(job.url);
  if (!id || !title || !url) return null;
  const description = descriptionFromHtml(job.description);
  const salaryText = cleanLine(job.salary);
  return {
    externalId: id,
    url,
    applyUrl: url,
    title,
    company: cleanLine(job.company_name),
    location: cleanLine(job.candidate_required_location),
    remote: 'remote',
    employmentType: employmentTypeOf(job.job_type),
    datePosted: isoDate(job.publication_date),
    salary: salaryText ? (parseSalaryText(salaryText, { requirePayWord: false }) ?? null) : null,
    descriptionHtml: description.html,
    descriptionText: description.text,
    source: { kind: 'aggregator', name: NAME, url, externalId: id, attribution },
  };
}

export async function fetchRemotive(http: HttpClient, query: RemotiveQuery, options: RemotiveOptions): Promise<AggregatorResult> {
  const now = options.now?.() ?? Date.now();
  if (options.lastFetchedAt !== null && now - options.lastFetchedAt < REMOTIVE_MIN_INTERVAL_MS) {
    const next = new Date(options.lastFetchedAt + REMOTIVE_MIN_INTERVAL_MS);
    throw new NetworkError(
      'blocked',
      `Remotive allows at most 4 updates a day; the next one is possible after ${next.toISOString().slice(11, 16)} UTC`,
    );
  }
  const base = (options.baseUrl ?? REMOTIVE_API).replace(/\/+$/, '');
  const params = new URLSearchParams();
  if (query.category) params.set('category', query.category);
  if (query.companyName) params.set('company_name', query.companyName);
  if (query.search) params.set('search', query.search);
  if (query.limit) params.set('limit', String(query.limit));
  const suffix = params.size ? `?${params}` : '';
  const { data } = await http.getJson(`${base}/api/remote-jobs${suffix}`, { sourceName: NAME, signal: options.signal });
  if (!isObject(data) || !Array.isArray(data.jobs)) throw wrongShape(NAME, 'no "jobs" list');
  const notice = cleanLine(data['0-legal-notice']);
  const attribution = `Jobs from Remotive (https://remotive.com): see each original posting there.${notice ? ` ${notice}` : ''}`;
  return {
    postings: data.jobs.flatMap((job) => (isObject(job) ? (mapRemotiveJob(job, attribution) ?? []) : [])),
    attribution,
    sourceUrl: 'https://remotive.com',
  };
}
