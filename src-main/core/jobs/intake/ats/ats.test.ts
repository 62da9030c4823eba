import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../../adapters/http';
import { NetworkError, type HttpClient } from '../http-client.types';
import {
  ashbyBoard,
  greenhouseBoard,
  greenhouseJob,
  leverBoard,
  smartRecruitersDetail,
  smartRecruitersPage,
  workableAccount,
} from '../test-support/ats-fixtures';
import { fakeClock, json, startFixtureServer, type FixtureServer, type Route } from '../test-support/fixture-server';
import { ashby, greenhouse, lever, smartrecruiters, workable } from '.';

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

async function failure(promise: Promise<unknown>): Promise<NetworkError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NetworkError) return error;
    throw error;
  }
  throw new Error('expected a NetworkError');
}

describe('Greenhouse', () => {
  it('maps a whole board', async () => {
    const { server, http } = await setup({ '/v1/boards/acme/jobs': json(greenhouseBoard) });
    const jobs = await greenhouse.fetchBoard(http, 'acme', { baseUrl: server.baseUrl });
    expect(server.requests).toEqual(['/v1/boards/acme/jobs?content=true']);
    expect(jobs).toHaveLength(2);
    expect(jobs[0]).toMatchObject({
      externalId: '4001',
      title: 'Senior Backend Engineer & Mentor',
      company: 'Acme',
      location: 'Remote, Canada',
      remote: 'remote',
      employmentType: 'full-time',
      datePosted: '2026-09-30T09:00:00-04:00',
      url: 'https://job-boards.greenhouse.io/acme/jobs/4001',
      source: { kind: 'board', name: 'Greenhouse', externalId: '4001' },
    });
    expect(jobs[0]!.descriptionHtml).toBe('<p>Build <strong>things</strong>.</p><ul><li>Go</li></ul>');
    expect(jobs[0]!.descriptionText).toContain('Build things.');
    expect(jobs[1]).toMatchObject({ title: 'Designer', location: null, remote: null, company: null, descriptionHtml: null });
  });

  it('maps a single job with pay transparency', async () => {
    const { server, http } = await setup({ '/v1/boards/acme/jobs/4001': json(greenhouseJob) });
    const job = await greenhouse.fetchJob(http, 'acme', '4001', { baseUrl: server.baseUrl });
    expect(server.requests[0]).toBe('/v1/boards/acme/jobs/4001?questions=true&pay_transparency=true');
    expect(job.salary).toEqual({ min: 150000, max: 180000, currency: 'CAD', period: 'year', text: 'Base salary' });
  });

  it('names an unknown board', async () => {
    const { server, http } = await setup({});
    const error = await failure(greenhouse.fetchBoard(http, 'acme', { baseUrl: server.baseUrl }));
    expect(error).toMatchObject({ code: 'http-status', status: 404, message: "Unknown Greenhouse board 'acme' (404)" });
    const missingJob = await failure(greenhouse.fetchJob(http, 'acme', '1', { baseUrl: server.baseUrl }));
    expect(missingJob.message).toBe("Greenhouse board 'acme' has no job '1' (404)");
  });

  it('reports malformed JSON and a wrong shape', async () => {
    const { server, http } = await setup({ '/v1/boards/broken/jobs': json('{"jobs":[{'), '/v1/boards/odd/jobs': json({ postings: [] }) });
    expect(await failure(greenhouse.fetchBoard(http, 'broken', { baseUrl: server.baseUrl }))).toMatchObject({
      code: 'malformed',
      message: 'Greenhouse sent a response that is not valid JSON',
    });
    expect(await failure(greenhouse.fetchBoard(http, 'odd', { baseUrl: server.baseUrl }))).toMatchObject({
      code: 'malformed',
      message: 'Greenhouse answered with an unexpected shape (no "jobs" list)',
    });
  });
});

describe('Lever', () => {
  it('maps a board and a single posting', async () => {
    const id = leverBoard[0]!.id;
    const { server, http } = await setup({ '/v0/postings/acme': json(leverBoard), [`/v0/postings/acme/${id}`]: json(leverBoard[0]) });
    const postings = await lever.fetchBoard(http, 'acme', { baseUrl: server.baseUrl, companyName: 'Acme' });
    expect(server.requests[0]).toBe('/v0/postings/acme?mode=json');
    expect(postings).toHaveLength(2);
    expect(postings[0]).toMatchObject({
      externalId: id,
      title: 'Principal Engineer',
      company: 'Acme',
      location: 'Seattle',
      remote: 'hybrid',
      employmentType: 'full-time',
      datePosted: new Date(1759320000000).toISOString(),
      applyUrl: `https://jobs.lever.co/acme/${id}/apply`,
      salary: { min: 180000, max: 220000, currency: 'USD', period: 'year', text: '$180,000 - $220,000 a year' },
    });
    expect(postings[0]!.descriptionHtml).toBe(
      '<p>Opening</p><p>Body</p><h3>Requirements</h3><ul><li>TypeScript</li><li>SQL</li></ul><p>Benefits</p>',
    );
    expect(postings[1]).toMatchObject({
      remote: 'onsite',
      location: null,
      url: 'https://jobs.lever.co/acme/b2b0f2f4-0000-4000-8000-000000000002',
    });
    const single = await lever.fetchJob(http, 'acme', id, { baseUrl: server.baseUrl });
    expect(single.title).toBe('Principal Engineer');
  });

  it('names an unknown site (404 with Lever error body)', async () => {
    const { server, http } = await setup({});
    expect((await failure(lever.fetchBoard(http, 'nope', { baseUrl: server.baseUrl }))).message).toBe("Unknown Lever board 'nope' (404)");
  });

  it('refuses a non-list answer', async () => {
    const { server, http } = await setup({ '/v0/postings/acme': json({ ok: false }) });
    expect((await failure(lever.fetchBoard(http, 'acme', { baseUrl: server.baseUrl }))).code).toBe('malformed');
  });
});

describe('Ashby', () => {
  it('maps listed jobs only, with compensation', async () => {
    const { server, http } = await setup({ '/posting-api/job-board/acme': json(ashbyBoard) });
    const jobs = await ashby.fetchBoard(http, 'acme', { baseUrl: server.baseUrl });
    expect(server.requests[0]).toBe('/posting-api/job-board/acme?includeCompensation=true');
    expect(jobs.map((job) => job.title)).toEqual(['ML Engineer', 'Remote Writer']);
    expect(jobs[0]).toMatchObject({
      location: 'San Francisco; New York',
      remote: 'hybrid',
      employmentType: 'full-time',
      salary: { min: 200000, max: 250000, currency: 'USD', period: 'year', text: '$200K – $250K • Offers Equity' },
      descriptionHtml: '<p>Train models.</p>',
    });
    expect(jobs[1]).toMatchObject({ remote: 'remote', employmentType: 'contract', salary: null });
  });

  it('finds a single job on the board, and says when it is gone', async () => {
    const { server, http } = await setup({ '/posting-api/job-board/acme': json(ashbyBoard) });
    const job = await ashby.fetchJob(http, 'acme', ashbyBoard.jobs[0]!.id, { baseUrl: server.baseUrl });
    expect(job.title).toBe('ML Engineer');
    const gone = await failure(ashby.fetchJob(http, 'acme', ashbyBoard.jobs[1]!.id, { baseUrl: server.baseUrl }));
    expect(gone).toMatchObject({ code: 'http-status', status: 404 });
  });
});

describe('Workable', () => {
  it('maps the widget account and a single job', async () => {
    const { server, http } = await setup({ '/api/v1/widget/accounts/huble': json(workableAccount) });
    const [job] = await workable.fetchBoard(http, 'huble', { baseUrl: server.baseUrl });
    expect(server.requests[0]).toBe('/api/v1/widget/accounts/huble?details=true');
    expect(job).toMatchObject({
      externalId: '927FD30DD5',
      company: 'Huble',
      location: 'London, England, United Kingdom',
      remote: 'remote',
      datePosted: '2026-09-15',
      descriptionHtml: '<p>Full <a>link</a></p>',
    });
    expect((await workable.fetchJob(http, 'huble', '927fd30dd5', { baseUrl: server.baseUrl })).title).toBe('CRM Solutions Architect');
  });
});

describe('SmartRecruiters', () => {
  it('pages through a board of 230 postings', async () => {
    const { server, http } = await setup({
      '/v1/companies/Acme/postings': (_request, response, url) => {
        const offset = Number(url.searchParams.get('offset'));
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(smartRecruitersPage(offset, 230)));
      },
    });
    const postings = await smartrecruiters.fetchBoard(http, 'Acme', { baseUrl: server.baseUrl });
    expect(postings).toHaveLength(230);
    expect(server.requests).toEqual([
      '/v1/companies/Acme/postings?limit=100&offset=0',
      '/v1/companies/Acme/postings?limit=100&offset=100',
      '/v1/companies/Acme/postings?limit=100&offset=200',
    ]);
    expect(postings[0]).toMatchObject({
      company: 'Acme Corp',
      location: 'Berlin, BE, DE',
      remote: 'remote',
      employmentType: 'full-time',
      url: 'https://jobs.smartrecruiters.com/Acme/744000000000000',
    });
  });

  it('maps a posting detail with its job ad', async () => {
    const { server, http } = await setup({ '/v1/companies/Acme/postings/744000000000001': json(smartRecruitersDetail) });
    const posting = await smartrecruiters.fetchJob(http, 'Acme', '744000000000001', { baseUrl: server.baseUrl });
    expect(posting).toMatchObject({ title: 'Data Engineer', location: 'Berlin, Germany', applyUrl: smartRecruitersDetail.applyUrl });
    expect(posting.descriptionHtml).toBe(
      '<h3>Company Description</h3><p>We make things.</p><h3>Job Description</h3><p>Pipelines.</p><h3>Qualifications</h3><ul><li>Spark</li></ul>',
    );
  });
});
