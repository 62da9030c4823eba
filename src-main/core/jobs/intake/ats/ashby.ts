/** Ashby Job Posting API (DATA-SOURCES.md section 2): whole board in one response; no single-job endpoint. */
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
  salaryRange,
  str,
  type JsonObject,
} from '../normalize';
import type { RawPosting } from '../types';
import { boardRequest, encode, jobNotFound, trimBase, wrongShape, type AtsClient, type AtsRequestOptions } from './common';

const NAME = 'Ashby';
export const ASHBY_API = 'https://api.ashbyhq.com';

function salaryOf(job: JsonObject): RawPosting['salary'] {
  const compensation = isObject(job.compensation) ? job.compensation : null;
  if (!compensation) return null;
  const components = list(compensation.summaryComponents).filter(isObject);
  const salary = components.find((item) => /salary/i.test(str(item.compensationType) ?? '')) ?? null;
  if (!salary) return null;
  const text = cleanLine(compensation.compensationTierSummary) ?? cleanLine(compensation.scrapeableCompensationSalarySummary) ?? 'Salary';
  return salaryRange(salary.minValue, salary.maxValue, salary.currencyCode, salary.interval, text);
}

function locationOf(job: JsonObject): string | null {
  const primary = cleanLine(job.location) ?? cleanLine(job.locationName);
  const secondary = list(job.secondaryLocations).map((item) =>
    isObject(item) ? (cleanLine(item.location) ?? cleanLine(item.locationName)) : cleanLine(item),
  );
  if (primary || secondary.some(Boolean)) return joinUnique([primary, ...secondary], '; ');
  const address = isObject(job.address) && isObject(job.address.postalAddress) ? job.address.postalAddress : null;
  return address ? joinUnique([str(address.addressLocality), str(address.addressRegion), str(address.addressCountry)]) : null;
}

export function mapAshbyJob(job: JsonObject, board: string, options: AtsRequestOptions = {}): RawPosting | null {
  const id = str(job.id);
  const title = cleanLine(job.title);
  if (!id || !title) return null;
  const url = str(job.jobUrl) ?? `https://jobs.ashbyhq.com/${board}/${id}`;
  const description = job.descriptionHtml ? descriptionFromHtml(job.descriptionHtml) : { html: null, text: str(job.descriptionPlain) };
  return {
    externalId: id,
    url,
    applyUrl: str(job.applyUrl) ?? `${url}/application`,
    title,
    company: options.companyName ?? null,
    location: locationOf(job),
    remote: remoteModeOf(job.workplaceType) ?? (job.isRemote === true ? 'remote' : null),
    employmentType: employmentTypeOf(job.employmentType),
    datePosted: isoDate(job.publishedAt),
    salary: salaryOf(job),
    descriptionHtml: description.html,
    descriptionText: description.text ?? str(job.descriptionPlain),
    source: { kind: 'board', name: NAME, url, externalId: id },
  };
}

async function listedJobs(http: HttpClient, board: string, options: AtsRequestOptions): Promise<JsonObject[]> {
  const base = trimBase(options.baseUrl ?? ASHBY_API);
  const { data } = await boardRequest(NAME, board, () =>
    http.getJson(`${base}/posting-api/job-board/${encode(board)}?includeCompensation=true`, { sourceName: NAME, signal: options.signal }),
  );
  if (!isObject(data) || !Array.isArray(data.jobs)) throw wrongShape(NAME, 'no "jobs" list');
  return data.jobs.filter(isObject).filter((job) => job.isListed !== false);
}

export const ashby: AtsClient = {
  name: NAME,
  async fetchBoard(http, board, options = {}) {
    return (await listedJobs(http, board, options)).flatMap((job) => mapAshbyJob(job, board, options) ?? []);
  },
  async fetchJob(http, board, jobId, options = {}) {
    const job = (await listedJobs(http, board, options)).find((item) => str(item.id)?.toLowerCase() === jobId.toLowerCase());
    const posting = job ? mapAshbyJob(job, board, options) : null;
    if (!posting) throw jobNotFound(NAME, board, jobId);
    return posting;
  },
};
