/**
 * Workable public widget API (DATA-SOURCES.md section 2). Best effort: this is the careers-page
 * endpoint, not the authenticated API. www.workable.com/api/accounts/{slug} redirects here; we call
 * the target directly to save a hop.
 */
import type { HttpClient } from '../http-client.types';
import {
  cleanLine,
  descriptionFromHtml,
  employmentTypeOf,
  isObject,
  isoDate,
  joinUnique,
  list,
  remoteModeOf,
  str,
  type JsonObject,
} from '../normalize';
import type { RawPosting } from '../types';
import { boardRequest, encode, jobNotFound, trimBase, wrongShape, type AtsClient, type AtsRequestOptions } from './common';

const NAME = 'Workable';
export const WORKABLE_API = 'https://apply.workable.com';

function locationOf(job: JsonObject): string | null {
  const direct = joinUnique([str(job.city), str(job.state), str(job.country)]);
  if (direct) return direct;
  const places = list(job.locations)
    .filter(isObject)
    .map((place) => joinUnique([str(place.city), str(place.region), str(place.country)]));
  return joinUnique(places, '; ');
}

export function mapWorkableJob(job: JsonObject, slug: string, company: string | null): RawPosting | null {
  const shortcode = str(job.shortcode) ?? str(job.code);
  const title = cleanLine(job.title);
  if (!shortcode || !title) return null;
  const url = str(job.url) ?? str(job.shortlink) ?? `https://apply.workable.com/${slug}/j/${shortcode}`;
  const description = descriptionFromHtml(str(job.full_description) ?? str(job.description));
  const workplace = remoteModeOf(job.workplace) ?? remoteModeOf(job.workplace_type);
  return {
    externalId: shortcode,
    url,
    applyUrl: str(job.application_url) ?? `${url}/apply`,
    title,
    company,
    location: locationOf(job),
    remote: workplace ?? (job.telecommuting === true ? 'remote' : null),
    employmentType: employmentTypeOf(job.employment_type ?? job.type),
    datePosted: isoDate(job.published_on) ?? isoDate(job.created_at),
    salary: null,
    descriptionHtml: description.html,
    descriptionText: description.text,
    source: { kind: 'board', name: NAME, url, externalId: shortcode },
  };
}

async function account(
  http: HttpClient,
  slug: string,
  options: AtsRequestOptions,
): Promise<{ company: string | null; jobs: JsonObject[] }> {
  const base = trimBase(options.baseUrl ?? WORKABLE_API);
  const { data } = await boardRequest(NAME, slug, () =>
    http.getJson(`${base}/api/v1/widget/accounts/${encode(slug)}?details=true`, { sourceName: NAME, signal: options.signal }),
  );
  if (!isObject(data) || !Array.isArray(data.jobs)) throw wrongShape(NAME, 'no "jobs" list');
  return { company: cleanLine(data.name) ?? options.companyName ?? null, jobs: data.jobs.filter(isObject) };
}

export const workable: AtsClient = {
  name: NAME,
  async fetchBoard(http, slug, options = {}) {
    const { company, jobs } = await account(http, slug, options);
    return jobs.flatMap((job) => mapWorkableJob(job, slug, company) ?? []);
  },
  async fetchJob(http, slug, shortcode, options = {}) {
    const { company, jobs } = await account(http, slug, options);
    const job = jobs.find((item) => (str(item.shortcode) ?? str(item.code))?.toUpperCase() === shortcode.toUpperCase());
    const posting = job ? mapWorkableJob(job, slug, company) : null;
    if (!posting) throw jobNotFound(NAME, slug, shortcode);
    return posting;
  },
};
