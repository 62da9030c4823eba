import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../../adapters/http';
import { NetworkError, type HttpClient } from '../http-client.types';
import { fakeClock, json, startFixtureServer, type FixtureServer, type Route } from '../test-support/fixture-server';
import { fetchArbeitnow } from './arbeitnow';
import { fetchWhoIsHiring, parseHiringLine } from './hn-who-is-hiring';
import { fetchRemoteOk } from './remoteok';
import { fetchRemotive, REMOTIVE_MIN_INTERVAL_MS } from './remotive';

const servers: FixtureServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function setup(routes: Record<string, Route | Route[]>): Promise<{ server: FixtureServer; http: HttpClient }> {
  const server = await startFixtureServer(routes);
  servers.push(server);
  const clock = fakeClock();
  return { server, http: createHttpClient({ userAgent: 'Pathwise tests', now: clock.now, sleep: clock.sleep }) };
}

const remotiveResponse = {
  '0-legal-notice': 'Remotive API Legal Notice: please link back to Remotive.',
  'job-count': 1,
  jobs: [
    {
      id: 1911,
      url: 'https://remotive.com/remote-jobs/software-dev/senior-engineer-1911',
      title: 'Senior Engineer',
      company_name: 'Remote Co',
      category: 'Software Development',
      job_type: 'full_time',
      publication_date: '2026-10-01T10:00:00',
      candidate_required_location: 'Europe',
      salary: '$120k - $150k',
      description: '<p>Work from anywhere.</p><img src=x onerror=alert(1)>',
    },
  ],
};

describe('Remotive', () => {
  it('maps jobs, credits Remotive and links back', async () => {
    const { server, http } = await setup({ '/api/remote-jobs': json(remotiveResponse) });
    const result = await fetchRemotive(http, { search: 'engineer', limit: 50 }, { baseUrl: server.baseUrl, lastFetchedAt: null });
    expect(server.requests[0]).toBe('/api/remote-jobs?search=engineer&limit=50');
    expect(result.attribution).toContain('Remotive');
    expect(result.attribution).toContain('Legal Notice');
    expect(result.postings[0]).toMatchObject({
      externalId: '1911',
      url: remotiveResponse.jobs[0]!.url,
      company: 'Remote Co',
      location: 'Europe',
      remote: 'remote',
      employmentType: 'full-time',
      salary: { min: 120000, max: 150000, currency: 'USD', period: 'year' },
      descriptionHtml: '<p>Work from anywhere.</p>',
      source: { kind: 'aggregator', name: 'Remotive', url: remotiveResponse.jobs[0]!.url, attribution: result.attribution },
    });
  });

  it('refuses to poll more than 4 times a day', async () => {
    const { server, http } = await setup({ '/api/remote-jobs': json(remotiveResponse) });
    const now = 1_800_000_000_000;
    const tooSoon = fetchRemotive(
      http,
      {},
      { baseUrl: server.baseUrl, lastFetchedAt: now - REMOTIVE_MIN_INTERVAL_MS + 60_000, now: () => now },
    );
    await expect(tooSoon).rejects.toBeInstanceOf(NetworkError);
    await expect(tooSoon).rejects.toMatchObject({ code: 'blocked' });
    expect(server.requests).toHaveLength(0);
    await fetchRemotive(http, {}, { baseUrl: server.baseUrl, lastFetchedAt: now - REMOTIVE_MIN_INTERVAL_MS, now: () => now });
    expect(server.requests).toHaveLength(1);
  });
});

describe('RemoteOK', () => {
  it('keeps element 0 as the legal notice and never as a job', async () => {
    const { server, http } = await setup({
      '/api': json([
        { last_updated: 1759300000, legal: 'API Terms of Service: link back to RemoteOK and mention it as a source.' },
        {
          id: '1093',
          slug: 'remote-go-engineer-1093',
          epoch: 1759300000,
          date: '2026-10-01T06:26:40+00:00',
          company: 'Gopher Inc',
          position: 'Go Engineer',
          tags: ['go'],
          description: '<p>Go!</p>',
          location: 'Worldwide',
          salary_min: 90000,
          salary_max: 0,
          url: 'https://remoteOK.com/remote-jobs/remote-go-engineer-1093',
          apply_url: 'https://remoteOK.com/l/1093',
        },
      ]),
    });
    const result = await fetchRemoteOk(http, { baseUrl: server.baseUrl });
    expect(result.postings).toHaveLength(1);
    expect(result.attribution).toContain('API Terms of Service');
    expect(result.postings[0]).toMatchObject({
      title: 'Go Engineer',
      company: 'Gopher Inc',
      applyUrl: 'https://remoteOK.com/l/1093',
      salary: { min: 90000, max: null, currency: 'USD', period: 'year' },
      source: { name: 'RemoteOK', attribution: result.attribution },
    });
  });
});

describe('Arbeitnow', () => {
  it('maps a page and reports the next one', async () => {
    const { server, http } = await setup({
      '/api/job-board-api': json({
        data: [
          {
            slug: 'backend-entwickler-berlin-1',
            company_name: 'Beispiel GmbH',
            title: 'Backend Entwickler (m/w/d)',
            description: '<p>Wir suchen…</p>',
            remote: false,
            url: 'https://www.arbeitnow.com/jobs/companies/beispiel/backend-entwickler-berlin-1',
            tags: ['IT'],
            job_types: ['Vollzeit'],
            location: 'Berlin',
            created_at: 1759300000,
          },
        ],
        links: { next: 'https://www.arbeitnow.com/api/job-board-api?page=3' },
        meta: {},
      }),
    });
    const result = await fetchArbeitnow(http, { baseUrl: server.baseUrl, page: 2 });
    expect(server.requests[0]).toBe('/api/job-board-api?page=2');
    expect(result.nextPage).toBe(3);
    expect(result.postings[0]).toMatchObject({
      company: 'Beispiel GmbH',
      remote: null,
      employmentType: 'full-time',
      datePosted: new Date(1759300000 * 1000).toISOString(),
      source: { name: 'Arbeitnow' },
    });
  });
});

describe('HN Who is hiring', () => {
  it('finds the latest story by whoishiring and splits comment first lines', async () => {
    const { server, http } = await setup({
      '/api/v1/search_by_date': json({
        hits: [
          { objectID: '300', title: 'Ask HN: Who wants to be hired? (October 2026)', author: 'whoishiring', created_at_i: 1759300000 },
          {
            objectID: '299',
            title: 'Ask HN: Who is hiring? (October 2026)',
            author: 'whoishiring',
            created_at_i: 1759290000,
            created_at: '2026-10-01T15:00:00Z',
          },
          { objectID: '100', title: 'Ask HN: Who is hiring? (September 2026)', author: 'whoishiring', created_at_i: 1756600000 },
        ],
      }),
      '/api/v1/items/299': json({
        id: 299,
        title: 'Ask HN: Who is hiring? (October 2026)',
        children: [
          {
            id: 301,
            author: 'a',
            created_at: '2026-10-01T15:05:00Z',
            text: 'Acme Robotics | Senior Firmware Engineer | Boston, MA | ONSITE | $150k-$190k<p>We build robots. Apply: jobs@acme.example</p>',
          },
          {
            id: 302,
            author: 'b',
            created_at: '2026-10-01T15:06:00Z',
            text: 'Fintechly (https://fintechly.example) | REMOTE (US) | Full-time | Backend, Data<p>More text</p>',
          },
          { id: 303, author: 'c', text: null },
          { id: 304, author: 'd', text: 'Is this thread monthly?' },
        ],
      }),
    });
    const result = await fetchWhoIsHiring(http, { baseUrl: server.baseUrl });
    expect(server.requests[0]).toBe('/api/v1/search_by_date?tags=story,author_whoishiring&query=hiring');
    expect(result.story?.id).toBe('299');
    expect(result.postings).toHaveLength(2);
    expect(result.postings[0]).toMatchObject({
      externalId: '301',
      url: 'https://news.ycombinator.com/item?id=301',
      company: 'Acme Robotics',
      title: 'Senior Firmware Engineer',
      location: 'Boston, MA',
      remote: 'onsite',
      salary: { min: 150000, max: 190000, currency: 'USD', period: 'year' },
      source: { kind: 'aggregator', name: 'Hacker News' },
    });
    expect(result.postings[0]!.source.attribution).toContain('news.ycombinator.com/item?id=301');
    expect(result.postings[1]).toMatchObject({
      company: 'Fintechly',
      title: 'Backend, Data',
      remote: 'remote',
      location: 'US',
      employmentType: 'full-time',
    });
  });

  it('parses common first-line variants', () => {
    expect(parseHiringLine('Stripe | Software Engineer | SF, NYC, Remote (US) | Full-time')).toMatchObject({
      company: 'Stripe',
      title: 'Software Engineer',
      location: 'SF, NYC, Remote (US)',
      remote: 'remote',
      employmentType: 'full-time',
    });
    expect(parseHiringLine('Tiny Co | Hybrid | London | £70,000 - £90,000 | Product Designer')).toMatchObject({
      title: 'Product Designer',
      location: 'London',
      remote: 'hybrid',
      salary: { min: 70000, max: 90000, currency: 'GBP' },
    });
  });
});
