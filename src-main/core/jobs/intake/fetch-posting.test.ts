import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../adapters/http';
import { fetchPostingByUrl } from './fetch-posting';
import { refreshBoard } from './follow-board';
import { NetworkError } from './http-client.types';
import { greenhouseBoard, greenhouseJob } from './test-support/ats-fixtures';
import { fakeClock, html, json, startFixtureServer, type FixtureServer, type Route } from './test-support/fixture-server';

const servers: FixtureServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/**
 * A client whose fetch sends the real ATS page hosts to the local server (the test cannot reach
 * the internet); everything else goes to the address as given.
 */
async function setup(routes: Record<string, Route | Route[]>) {
  const server = await startFixtureServer(routes);
  servers.push(server);
  const clock = fakeClock();
  const fetchImpl: typeof fetch = (input, init) => {
    const url = new URL(String(input));
    if (url.hostname.endsWith('greenhouse.io')) return fetch(`${server.baseUrl}${url.pathname}${url.search}`, init);
    return fetch(input, init);
  };
  const http = createHttpClient({ userAgent: 'Pathwise tests', now: clock.now, sleep: clock.sleep, fetchImpl, retries: 0 });
  return { server, http };
}

const JOB_PAGE = `<html><head><title>Line Cook - Bistro</title>
<script type="application/ld+json">{"@type":"JobPosting","title":"Line Cook","hiringOrganization":{"name":"Bistro"},"employmentType":"PART_TIME",
"description":"&lt;p&gt;Cook well.&lt;/p&gt;"}</script></head>
<body><main><h1>Line Cook</h1><dl><dt>Location</dt><dd>Lisbon</dd><dt>Workplace</dt><dd>On-site</dd></dl>
<p>Pay: €12 per hour for evening shifts, with meals included.</p></main></body></html>`;

describe('fetchPostingByUrl', () => {
  it('uses the ATS API when the URL names a board and a job', async () => {
    const { server, http } = await setup({ '/v1/boards/acme/jobs/4001': json(greenhouseJob) });
    const url = 'https://job-boards.greenhouse.io/acme/jobs/4001?gh_src=linkedin';
    const posting = await fetchPostingByUrl(http, url, { atsBaseUrls: { greenhouse: server.baseUrl } });
    expect(posting).toMatchObject({
      title: 'Senior Backend Engineer & Mentor',
      source: { kind: 'url', name: 'Greenhouse', url, externalId: '4001' },
    });
    expect(server.requests).toEqual(['/v1/boards/acme/jobs/4001?questions=true&pay_transparency=true']);
  });

  it('falls back to the hosted page when the ATS API fails', async () => {
    const page = `<html><head><title>Job Application for Welder at Acme</title></head><body><h1>Welder</h1><div class="job__location">Remote, Canada</div><div><p>${'Weld things safely and well. '.repeat(5)}</p></div></body></html>`;
    const { server, http } = await setup({ '/acme/jobs/77': html(page) });
    const url = 'https://job-boards.greenhouse.io/acme/jobs/77';
    const posting = await fetchPostingByUrl(http, url, { atsBaseUrls: { greenhouse: `${server.baseUrl}/no-api` } });
    expect(posting).toMatchObject({
      title: 'Welder',
      company: 'Acme',
      location: 'Remote, Canada',
      remote: 'remote',
      source: { name: 'Page text', url },
    });
  });

  it('reads JSON-LD and completes it from the page', async () => {
    const { server, http } = await setup({ '/jobs/cook': html(JOB_PAGE) });
    const url = `${server.baseUrl}/jobs/cook`;
    const posting = await fetchPostingByUrl(http, url);
    expect(posting).toMatchObject({
      title: 'Line Cook',
      company: 'Bistro',
      employmentType: 'part-time',
      location: 'Lisbon',
      remote: 'onsite',
      salary: { min: 12, max: 12, currency: 'EUR', period: 'hour' },
      descriptionHtml: '<p>Cook well.</p>',
      source: { kind: 'url', name: 'JSON-LD', url },
    });
  });

  it('keeps the original URL and the final one after redirects', async () => {
    const { server, http } = await setup({
      '/short': (_request, response) => response.writeHead(302, { location: '/jobs/cook' }).end(),
      '/jobs/cook': html(JOB_PAGE),
    });
    const posting = await fetchPostingByUrl(http, `${server.baseUrl}/short`);
    expect(posting.url).toBe(`${server.baseUrl}/jobs/cook`);
    expect(posting.source.url).toBe(`${server.baseUrl}/short`);
  });

  it('says when a page holds no posting, and passes network errors through', async () => {
    const { server, http } = await setup({ '/empty': html('<html><body></body></html>') });
    await expect(fetchPostingByUrl(http, `${server.baseUrl}/empty`)).rejects.toMatchObject({
      code: 'malformed',
      message: `No job posting found at ${server.host}`,
    });
    const missing = fetchPostingByUrl(http, `${server.baseUrl}/gone`);
    await expect(missing).rejects.toBeInstanceOf(NetworkError);
    await expect(missing).rejects.toMatchObject({ code: 'http-status', status: 404 });
  });
});

describe('refreshBoard', () => {
  it('splits a board into added, still open and closed', async () => {
    const { server, http } = await setup({ '/v1/boards/acme/jobs': json(greenhouseBoard) });
    const result = await refreshBoard(http, { ats: 'greenhouse', token: 'acme', baseUrl: server.baseUrl }, [
      { externalId: '4001' },
      { externalId: '3999' },
    ]);
    expect(result.added.map((posting) => posting.externalId)).toEqual(['4002']);
    expect(result.stillOpen).toEqual(['4001']);
    expect(result.closed).toEqual(['3999']);
    expect(result.current).toHaveLength(2);
    expect(result.suspiciousEmpty).toBe(false);
  });

  it('flags an empty board when postings were known', async () => {
    const { server, http } = await setup({ '/v1/boards/acme/jobs': json({ jobs: [] }) });
    const result = await refreshBoard(http, { ats: 'greenhouse', token: 'acme', baseUrl: server.baseUrl }, [{ externalId: '4001' }]);
    expect(result).toMatchObject({ added: [], stillOpen: [], closed: ['4001'], suspiciousEmpty: true });
  });
});
