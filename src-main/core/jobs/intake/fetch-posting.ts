/**
 * One posting from a URL the person pasted: the ATS API when the URL names a known board and job,
 * else the page's JSON-LD JobPosting, else the page's main text. The original URL is always kept
 * (`source.url`) and `source.name` says which path produced the posting.
 */
import { ATS_CLIENTS } from './ats';
import { detectBoard } from './detect-board';
import { NetworkError, hostOf, type HttpClient } from './http-client.types';
import { extractJsonLdPostings } from './json-ld';
import { extractPageText, pagePosting } from './page-text';
import type { AtsKind, RawPosting } from './types';

export interface FetchPostingOptions {
  /** Override ATS API base URLs (tests; the check script points them nowhere). */
  atsBaseUrls?: Partial<Record<AtsKind, string>>;
  signal?: AbortSignal;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function fromUrl(posting: RawPosting, originalUrl: string): RawPosting {
  return { ...posting, source: { ...posting.source, kind: 'url', url: originalUrl } };
}

async function viaAts(http: HttpClient, url: string, options: FetchPostingOptions): Promise<RawPosting | null> {
  const detected = detectBoard(url);
  if (!detected?.jobId) return null;
  try {
    const client = ATS_CLIENTS[detected.ats];
    return await client.fetchJob(http, detected.token, detected.jobId, {
      baseUrl: options.atsBaseUrls?.[detected.ats],
      region: detected.region,
      signal: options.signal,
    });
  } catch (error) {
    // The hosted page usually still has the posting (JSON-LD or text): fall through to it.
    if (isAbort(error) || !(error instanceof NetworkError)) throw error;
    return null;
  }
}

/** Fills what JSON-LD left out (remote status, salary in the text...) from the page itself. */
function completeFromPage(posting: RawPosting, html: string): RawPosting {
  if (posting.remote && posting.salary && posting.location && posting.company && posting.descriptionText) return posting;
  const page = extractPageText(html);
  return {
    ...posting,
    company: posting.company ?? page.company,
    location: posting.location ?? page.location,
    remote: posting.remote ?? page.remote,
    employmentType: posting.employmentType ?? page.employmentType,
    salary: posting.salary ?? page.salary ?? null,
    descriptionHtml: posting.descriptionHtml ?? (page.html || null),
    descriptionText: posting.descriptionText ?? (page.text || null),
  };
}

export async function fetchPostingByUrl(http: HttpClient, url: string, options: FetchPostingOptions = {}): Promise<RawPosting> {
  const fromAts = await viaAts(http, url, options);
  if (fromAts) return fromUrl(fromAts, url);

  const host = hostOf(url);
  const page = await http.getText(url, {
    sourceName: host,
    signal: options.signal,
    accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
  });
  const fromJsonLd = extractJsonLdPostings(page.text, page.url);
  // Several postings on one page (a list): prefer the one whose own URL is this page.
  const best = fromJsonLd.find((posting) => posting.applyUrl === page.url || posting.applyUrl === url) ?? fromJsonLd[0];
  if (best) return fromUrl(completeFromPage({ ...best, url: page.url }, page.text), url);

  const fromText = pagePosting(page.text, page.url);
  if (fromText) return fromUrl({ ...fromText, applyUrl: url }, url);
  throw new NetworkError('malformed', `No job posting found at ${host}`, { host, status: page.status });
}
