import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeProcessExtractor } from '../../src-main/adapters/documents';
import { json, startFixtureServer, type FixtureServer } from '../../src-main/core/jobs/intake/test-support/fixture-server';
import type { Services } from '../../src-main/services';
import type { AppNotification, TaskEvent } from '../../src-preload/contract';
import * as fx from '../fixtures/generate';
import { testServices } from '../helpers/services';

let services: Services | undefined;
let server: FixtureServer | undefined;

afterEach(async () => {
  await services?.dispose();
  await server?.close();
  services = undefined;
  server = undefined;
});

const PYTHON_JOB = `Senior Python Engineer
Company: Northwind Robotics
Location: Remote, US

We are hiring a senior engineer to build data pipelines. Salary: $140,000 - $170,000 a year.

Requirements:
- 5+ years of Python and SQL
- Experience with Kubernetes and AWS

Nice to have:
- Kafka`;

function ghJob(id: number, title: string, body: string) {
  return { id, title, location: { name: 'Remote, US' }, absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`, company_name: 'Acme', content: body.replace(/</g, '&lt;').replace(/>/g, '&gt;') };
}

function waitForTask(s: Services, start: () => { taskId: string }): Promise<TaskEvent[]> {
  return new Promise((resolve) => {
    const events: TaskEvent[] = [];
    let id = '';
    s.events.add({
      emit: (channel, payload) => {
        if (channel !== 'task:event') return;
        const e = payload as TaskEvent;
        events.push(e);
        if (e.type === 'finished' && e.taskId === id) resolve(events);
      },
    });
    id = start().taskId;
  });
}

describe('jobs service', () => {
  it('adds a pasted posting, finds it again, recognises the duplicate, and explains the match', async () => {
    services = await testServices(createNodeProcessExtractor(path.join(__dirname, '../../src-main/adapters/documents/extract-worker.ts')));
    const first = await services.jobs.addText(PYTHON_JOB);
    expect(first).toMatchObject({ title: 'Senior Python Engineer', action: 'inserted' });
    expect((await services.jobs.addText(PYTHON_JOB)).action).not.toBe('inserted');
    expect(services.jobs.search({ text: 'kubernetes' }).hits.map((h) => h.id)).toEqual([first.id]);
    expect(services.jobs.search({ text: 'cobol' }).hits).toEqual([]);
    const noResume = await services.jobs.get(first.id);
    expect(noResume.match).toBeNull();

    await services.resumes.importFile('alex.pdf', await fx.onePagePdf());
    await services.jobs.rank();
    const detail = await services.jobs.get(first.id);
    expect(detail.match!.score).toBeGreaterThan(0);
    expect(detail.match!.matchingSkills.required).toEqual(expect.arrayContaining(['Python', 'SQL']));
    expect(detail.job.requirements.find((r) => r.text === 'Python')!.sentence).toMatch(/Python and SQL/);
    expect(services.jobs.search({ sort: 'score' }).hits[0]!.score).toBe(detail.match!.score);

    const flagged = await services.jobs.setFlags(first.id, { saved: true, applied: true });
    expect(flagged).toMatchObject({ saved: true });
    expect(flagged.appliedAt).not.toBeNull();
    expect(services.jobs.search({ saved: true }).hits).toHaveLength(1);
  });

  it('follows a Greenhouse board, closes vanished postings (keeping their text) and alerts on new matches', async () => {
    const board = [ghJob(1, 'Backend Engineer', '<p>Python, PostgreSQL and Docker.</p>'), ghJob(2, 'Product Designer', '<p>Figma and user research.</p>')];
    let current = board;
    server = await startFixtureServer({ '/v1/boards/acme/jobs': (_q, res) => json({ jobs: current, meta: { total: current.length } })(_q, res, new URL('http://x')) });
    services = await testServices(undefined, undefined, { sourceBaseUrls: { greenhouse: server.baseUrl } });
    const alerts: AppNotification[] = [];
    services.events.add({ emit: (channel, payload) => channel === 'notification:new' && alerts.push(payload as AppNotification) });

    const followed = await services.boards.follow('https://boards.greenhouse.io/acme');
    expect(followed).toMatchObject({ added: 2, closed: 0, board: { ats: 'greenhouse', token: 'acme', company: 'Acme', openJobs: 2 } });
    expect(server.headers[0]!['user-agent']).toMatch(/^Pathwise\//);
    await services.alerts.saveSearch({ name: 'Python', query: { text: 'python' }, minScore: 0 });

    current = [board[0]!, ghJob(3, 'Data Engineer', '<p>Python, Airflow and Spark pipelines.</p>'), ghJob(4, 'Office Manager', '<p>Run the office.</p>')];
    const refreshed = await services.boards.refresh(followed.board.id);
    expect(refreshed).toMatchObject({ added: 2, closed: 1, board: { openJobs: 3, closedJobs: 1 } });
    const designer = services.jobs.search({ text: 'designer', status: ['closed'] }).hits[0]!;
    expect((await services.jobs.get(designer.id)).job.description).toContain('Figma');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'saved-search', title: 'New match for "Python"', body: expect.stringContaining('Data Engineer') });
    expect(await services.alerts.listNotifications(true)).toHaveLength(1);

    current = board;
    expect(await services.boards.refresh(followed.board.id)).toMatchObject({ reopened: 1, closed: 2 });
  });

  it('explains unknown and missing boards without saving anything', async () => {
    server = await startFixtureServer({});
    services = await testServices(undefined, undefined, { sourceBaseUrls: { greenhouse: server.baseUrl } });
    await expect(services.boards.follow('https://careers.example.com/jobs')).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/does not recognise/) });
    await expect(services.boards.follow('https://boards.greenhouse.io/nobody')).rejects.toMatchObject({ message: expect.stringMatching(/nobody/) });
    expect(await services.boards.list()).toEqual([]);
  });

  it('imports a CSV with a column mapping, with progress', async () => {
    services = await testServices();
    const csv = Buffer.from('\uFEFFJob Title,Employer,City,Details\n"Nurse, ICU",Mercy Health,Denver,"RN license and BLS required. 2+ years of ICU experience."\nForklift Operator,Fastship,Reno,Forklift certification required.\n,NoTitle Inc,Nowhere,skip me\n');
    const preview = services.jobs.csvPreview(csv);
    expect(preview).toMatchObject({ columns: ['Job Title', 'Employer', 'City', 'Details'], rowCount: 3, suggested: { title: 0, company: 1, description: 3 } });
    const events = await waitForTask(services, () => services!.jobs.startCsvImport(csv, { title: 0, company: 1, location: 2, description: 3 }));
    expect(events.some((e) => e.type === 'item' && !e.result.ok && /no job title/.test(e.result.error.message))).toBe(true);
    expect((await services.jobs.counts()).total).toBe(2);
    const nurse = services.jobs.search({ text: 'nurse' }).hits[0]!;
    expect(nurse).toMatchObject({ title: 'Nurse, ICU', company: 'Mercy Health', location: 'Denver' });
  });
});
