/** SmartRecruiters Posting API (DATA-SOURCES.md section 2): pages of 100; details carry the job ad. */
import type { HttpClient } from '../http-client.types';
import { escapeText } from '../html/entities';
import { cleanLine, descriptionFromHtml, employmentTypeOf, isObject, isoDate, joinUnique, num, str, type JsonObject } from '../normalize';
import type { RawPosting } from '../types';
import { boardRequest, encode, trimBase, wrongShape, type AtsClient, type AtsRequestOptions } from './common';

const NAME = 'SmartRecruiters';
export const SMARTRECRUITERS_API = 'https://api.smartrecruiters.com';
const PAGE_SIZE = 100;
/** 2,000 postings: more than any board we follow; stops a looping API. */
const MAX_PAGES = 20;

function sectionsHtml(posting: JsonObject): string | null {
  const ad = isObject(posting.jobAd) && isObject(posting.jobAd.sections) ? posting.jobAd.sections : null;
  if (!ad) return null;
  const html = ['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation']
    .map((key) => ad[key])
    .filter(isObject)
    .map((section) => {
      const text = str(section.text);
      if (!text) return '';
      const title = cleanLine(section.title);
      return `${title ? `<h3>${escapeText(title)}</h3>` : ''}${text}`;
    })
    .join('');
  return html || null;
}

export function mapSmartRecruitersPosting(posting: JsonObject, company: string, options: AtsRequestOptions = {}): RawPosting | null {
  const id = str(posting.id);
  const title = cleanLine(posting.name);
  if (!id || !title) return null;
  const location = isObject(posting.location) ? posting.location : {};
  const url = str(posting.postingUrl) ?? `https://jobs.smartrecruiters.com/${company}/${id}`;
  const description = descriptionFromHtml(sectionsHtml(posting));
  const companyName = isObject(posting.company) ? cleanLine(posting.company.name) : null;
  return {
    externalId: id,
    url,
    applyUrl: str(posting.applyUrl) ?? url,
    title,
    company: companyName ?? options.companyName ?? null,
    location:
      cleanLine(location.fullLocation) ?? joinUnique([str(location.city), str(location.region), str(location.country)?.toUpperCase()]),
    remote: location.remote === true ? 'remote' : location.hybrid === true ? 'hybrid' : null,
    employmentType: employmentTypeOf(posting.typeOfEmployment),
    datePosted: isoDate(posting.releasedDate),
    salary: null,
    descriptionHtml: description.html,
    descriptionText: description.text,
    source: { kind: 'board', name: NAME, url, externalId: id },
  };
}

export const smartrecruiters: AtsClient = {
  name: NAME,
  async fetchBoard(http: HttpClient, company: string, options: AtsRequestOptions = {}) {
    const base = trimBase(options.baseUrl ?? SMARTRECRUITERS_API);
    const postings: RawPosting[] = [];
    for (let page = 0, offset = 0; page < MAX_PAGES; page++) {
      const url = `${base}/v1/companies/${encode(company)}/postings?limit=${PAGE_SIZE}&offset=${offset}`;
      const { data } = await boardRequest(NAME, company, () => http.getJson(url, { sourceName: NAME, signal: options.signal }));
      if (!isObject(data) || !Array.isArray(data.content)) throw wrongShape(NAME, 'no "content" list');
      for (const item of data.content) {
        const posting = isObject(item) ? mapSmartRecruitersPosting(item, company, options) : null;
        if (posting) postings.push(posting);
      }
      offset += data.content.length;
      const total = num(data.totalFound) ?? 0;
      if (data.content.length === 0 || offset >= total) break;
    }
    return postings;
  },
  async fetchJob(http: HttpClient, company: string, postingId: string, options: AtsRequestOptions = {}) {
    const base = trimBase(options.baseUrl ?? SMARTRECRUITERS_API);
    const { data } = await boardRequest(
      NAME,
      company,
      () =>
        http.getJson(`${base}/v1/companies/${encode(company)}/postings/${encode(postingId)}`, { sourceName: NAME, signal: options.signal }),
      postingId,
    );
    const posting = isObject(data) ? mapSmartRecruitersPosting(data, company, options) : null;
    if (!posting) throw wrongShape(NAME, 'no posting id or name');
    return posting;
  },
};
