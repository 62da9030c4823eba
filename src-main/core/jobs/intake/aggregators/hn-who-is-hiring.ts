/**
 * Hacker News "Ask HN: Who is hiring?" via the Algolia API. Comments are free text; the first line
 * usually reads "Company | Role | Location | REMOTE | Salary", which we split heuristically. The
 * lead's local-LLM pass can refine it later; the comment link is always kept.
 */
import type { HttpClient } from '../http-client.types';
import { htmlToText } from '../html/text';
import { parseHtml } from '../html/tree';
import { nodeText } from '../html/text';
import { cleanLine, descriptionFromHtml, employmentTypeOf, isObject, isoDate, num, remoteModeOf, str, type JsonObject } from '../normalize';
import { parseSalaryText } from '../salary-text';
import type { RawPosting } from '../types';
import { wrongShape } from '../ats/common';
import type { AggregatorOptions, AggregatorResult } from './common';
import type { EmploymentType, RemoteMode, SalaryRange } from '../../../../../src-preload/contract/job.types';

const NAME = 'Hacker News';
export const HN_ALGOLIA_API = 'https://hn.algolia.com';

export interface HiringStory {
  id: string;
  title: string;
  createdAt: string | null;
}

/** The newest "Ask HN: Who is hiring?" story posted by the whoishiring account. */
export async function findLatestWhoIsHiring(http: HttpClient, options: AggregatorOptions = {}): Promise<HiringStory | null> {
  const base = (options.baseUrl ?? HN_ALGOLIA_API).replace(/\/+$/, '');
  const { data } = await http.getJson(`${base}/api/v1/search_by_date?tags=story,author_whoishiring&query=hiring`, {
    sourceName: NAME,
    signal: options.signal,
  });
  if (!isObject(data) || !Array.isArray(data.hits)) throw wrongShape(NAME, 'no "hits" list');
  const stories = data.hits
    .filter(isObject)
    .filter((hit) => /who is hiring\?/i.test(str(hit.title) ?? '') && (str(hit.author) ?? 'whoishiring') === 'whoishiring')
    .sort((a, b) => (num(b.created_at_i) ?? 0) - (num(a.created_at_i) ?? 0));
  const story = stories[0];
  const id = story ? (str(story.objectID) ?? str(story.story_id)) : null;
  return story && id ? { id, title: str(story.title) ?? 'Ask HN: Who is hiring?', createdAt: isoDate(story.created_at) } : null;
}

export interface HiringLine {
  company: string | null;
  title: string | null;
  location: string | null;
  remote: RemoteMode | null;
  employmentType: EmploymentType | null;
  salary: SalaryRange | null;
}

const ROLE =
  /\b(engineer|developer|scientist|designer|manager|architect|analyst|lead|head of|director|devops|sre|researcher|programmer|cto|vp|founding|intern|recruiter|specialist|consultant|administrator|writer|marketer|product|full[- ]?stack|front[- ]?end|back[- ]?end|ml|ai|data)\b/i;
const REMOTE_WORD = /^(fully |100% )?(remote|onsite|on-site|hybrid|in[- ]office|remote[- ]first|remote ok)\b/i;
const EMPLOYMENT = /^(full[- ]?time|part[- ]?time|contract(or)?|freelance|intern(ship)?s?|ft|pt)\b/i;

/** Splits a "Company | Role | Location | REMOTE | Salary" first line. */
export function parseHiringLine(line: string): HiringLine {
  const parts = line
    .split(/\s+[|•·]\s+|\s*\|\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  const result: HiringLine = { company: null, title: null, location: null, remote: null, employmentType: null, salary: null };
  const rest: string[] = [];
  parts.forEach((part, index) => {
    if (index === 0) {
      result.company = part.replace(/\s*\((https?:\/\/)?[^)]*\.[a-z]{2,}[^)]*\)\s*$/i, '').trim() || part;
      return;
    }
    if (/^(https?:\/\/|www\.)\S+$/i.test(part)) return;
    const salary = parseSalaryText(part, { requirePayWord: false });
    if (salary && !result.salary) {
      result.salary = salary;
      return;
    }
    if (REMOTE_WORD.test(part)) {
      result.remote = result.remote ?? remoteModeOf(part);
      // "Remote (US)" also says where.
      const where = /\(([^)]+)\)/.exec(part)?.[1];
      if (where && !result.location) result.location = where.trim();
      return;
    }
    if (EMPLOYMENT.test(part) && part.length < 30) {
      result.employmentType = result.employmentType ?? employmentTypeOf(part.replace(/^ft$/i, 'full-time').replace(/^pt$/i, 'part-time'));
      return;
    }
    rest.push(part);
  });
  const titleIndex = rest.findIndex((part) => ROLE.test(part));
  if (titleIndex >= 0) result.title = rest.splice(titleIndex, 1)[0]!;
  else if (rest.length > 1) result.title = rest.shift()!;
  if (rest.length && !result.location) result.location = rest[0]!;
  if (!result.remote && result.location) result.remote = remoteModeOf(result.location) === 'remote' ? 'remote' : null;
  return result;
}

function mapComment(comment: JsonObject, story: HiringStory): RawPosting | null {
  const id = str(comment.id) ?? str(comment.objectID);
  const html = str(comment.text) ?? str(comment.comment_text);
  if (!id || !html) return null;
  const root = parseHtml(html);
  // Algolia comment HTML puts the first paragraph as bare text before the first <p>.
  const firstParagraph = root.children.findIndex((node) => node.type === 'element' && node.tag === 'p');
  const head = firstParagraph > 0 ? root.children.slice(0, firstParagraph) : root.children.slice(0, 1);
  const firstLine =
    head
      .map((node) => nodeText(node))
      .join('')
      .split('\n')[0]
      ?.trim() || htmlToText(html).split('\n')[0]!.trim();
  if (!firstLine.includes('|')) return null;
  const line = parseHiringLine(firstLine);
  if (!line.company) return null;
  const url = `https://news.ycombinator.com/item?id=${id}`;
  const description = descriptionFromHtml(html);
  const attribution = `From "${story.title}" on Hacker News (${url}).`;
  return {
    externalId: id,
    url,
    applyUrl: null,
    title: cleanLine(line.title) ?? 'Multiple roles',
    company: cleanLine(line.company),
    location: line.location,
    remote: line.remote,
    employmentType: line.employmentType,
    datePosted: isoDate(comment.created_at) ?? isoDate(comment.created_at_i),
    salary: line.salary,
    descriptionHtml: description.html,
    descriptionText: description.text,
    source: { kind: 'aggregator', name: NAME, url, externalId: id, attribution },
  };
}

/** Top-level comments of the latest (or the given) Who-is-hiring story, as postings. */
export async function fetchWhoIsHiring(
  http: HttpClient,
  options: AggregatorOptions & { story?: HiringStory } = {},
): Promise<AggregatorResult & { story: HiringStory | null }> {
  const base = (options.baseUrl ?? HN_ALGOLIA_API).replace(/\/+$/, '');
  const story = options.story ?? (await findLatestWhoIsHiring(http, options));
  const sourceUrl = story ? `https://news.ycombinator.com/item?id=${story.id}` : 'https://news.ycombinator.com';
  const attribution = `Comments from Hacker News "Who is hiring?" (${sourceUrl}).`;
  if (!story) return { postings: [], attribution, sourceUrl, story: null };
  const { data } = await http.getJson(`${base}/api/v1/items/${encodeURIComponent(story.id)}`, { sourceName: NAME, signal: options.signal });
  if (!isObject(data) || !Array.isArray(data.children)) throw wrongShape(NAME, 'story without "children"');
  const postings = data.children.flatMap((comment) => (isObject(comment) ? (mapComment(comment, story) ?? []) : []));
  return { postings, attribution, sourceUrl, story };
}
