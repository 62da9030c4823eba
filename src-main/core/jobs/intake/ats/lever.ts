/** Lever Postings API (DATA-SOURCES.md section 2): a bare JSON array; EU accounts on api.eu.lever.co. */
import type { HttpClient } from '../http-client.types';
import { escapeText } from '../html/entities';
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
import { boardRequest, encode, trimBase, wrongShape, type AtsClient, type AtsRequestOptions } from './common';

const NAME = 'Lever';
export const LEVER_API = 'https://api.lever.co';
export const LEVER_EU_API = 'https://api.eu.lever.co';

function baseOf(options: AtsRequestOptions): string {
  return trimBase(options.baseUrl ?? (options.region === 'eu' ? LEVER_EU_API : LEVER_API));
}

function descriptionHtmlOf(posting: JsonObject): string {
  const body = str(posting.description) ?? [str(posting.opening), str(posting.descriptionBody)].filter(Boolean).join('');
  const lists = list(posting.lists)
    .filter(isObject)
    .map((item) => `<h3>${escapeText(cleanLine(item.text) ?? '')}</h3><ul>${str(item.content) ?? ''}</ul>`)
    .join('');
  return `${body}${lists}${str(posting.additional) ?? ''}`;
}

export function mapLeverPosting(posting: JsonObject, site: string, options: AtsRequestOptions = {}): RawPosting | null {
  const id = str(posting.id);
  const title = cleanLine(posting.text);
  if (!id || !title) return null;
  const categories = isObject(posting.categories) ? posting.categories : {};
  const url = str(posting.hostedUrl) ?? `https://jobs${options.region === 'eu' ? '.eu' : ''}.lever.co/${site}/${id}`;
  const description = descriptionFromHtml(descriptionHtmlOf(posting));
  const range = isObject(posting.salaryRange) ? posting.salaryRange : null;
  const workplace = str(posting.workplaceType);
  return {
    externalId: id,
    url,
    applyUrl: str(posting.applyUrl) ?? `${url}/apply`,
    title,
    company: options.companyName ?? null,
    location: cleanLine(categories.location) ?? joinUnique(list(categories.allLocations).map(cleanLine), '; '),
    remote: workplace === 'on-site' ? 'onsite' : workplace === 'unspecified' ? null : remoteModeOf(workplace),
    employmentType: employmentTypeOf(categories.commitment),
    datePosted: isoDate(posting.createdAt),
    salary: range
      ? salaryRange(
          range.min,
          range.max,
          range.currency,
          range.interval,
          cleanLine(posting.salaryDescriptionPlain) ??
            cleanLine(posting.salaryDescription) ??
            `${str(range.currency) ?? ''} ${str(range.min) ?? ''}–${str(range.max) ?? ''}`.trim(),
        )
      : null,
    descriptionHtml: description.html,
    descriptionText: description.text,
    source: { kind: 'board', name: NAME, url, externalId: id },
  };
}

export const lever: AtsClient = {
  name: NAME,
  async fetchBoard(http: HttpClient, site: string, options: AtsRequestOptions = {}) {
    const { data } = await boardRequest(NAME, site, () =>
      http.getJson(`${baseOf(options)}/v0/postings/${encode(site)}?mode=json`, { sourceName: NAME, signal: options.signal }),
    );
    if (!Array.isArray(data)) throw wrongShape(NAME, 'expected a list of postings');
    return data.flatMap((posting) => (isObject(posting) ? (mapLeverPosting(posting, site, options) ?? []) : []));
  },
  async fetchJob(http: HttpClient, site: string, jobId: string, options: AtsRequestOptions = {}) {
    const { data } = await boardRequest(
      NAME,
      site,
      () =>
        http.getJson(`${baseOf(options)}/v0/postings/${encode(site)}/${encode(jobId)}?mode=json`, {
          sourceName: NAME,
          signal: options.signal,
        }),
      jobId,
    );
    const posting = isObject(data) ? mapLeverPosting(data, site, options) : null;
    if (!posting) throw wrongShape(NAME, 'no posting id or title');
    return posting;
  },
};
