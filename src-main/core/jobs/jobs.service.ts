/**
 * Jobs: intake from text, files, URLs and CSV; search; one job with its explainable match.
 * Network and extraction happen before any transaction; the store is written in one go.
 */
import type { ParsedJob } from '../../../src-preload/contract/job.types';
import type { CsvField, CsvPreview, JobAdded, JobCounts, JobDetail, JobSearchInput, JobSearchPage } from '../../../src-preload/contract/jobs.contract';
import { AppFailure } from '../../../src-preload/contract/result';
import type { TaskStarted } from '../../../src-preload/contract/tasks.contract';
import type { Store } from '../../db/connection';
import { logActivity } from '../../db/repositories/activity.repository';
import * as jobsRepo from '../../db/repositories/jobs.repository';
import type { DocumentExtractor } from '../documents/types';
import type { EventSink } from '../events';
import { matchJob, rankJobs } from '../matching';
import { loadResume } from '../matching/rank';
import type { TaskRunner } from '../tasks/task-runner';
import { csvRowToText, previewCsv, readCsv } from './csv-import';
import type { AtsKind, HttpClient } from './intake';
import { parseJobFile, parseJobUrl } from './parse-job-source';
import type { PreferencesService } from './preferences.service';
import { textToParsed } from './raw-to-parsed';

export interface JobsServiceDeps {
  store: Store;
  http: HttpClient;
  extractor: DocumentExtractor;
  tasks: TaskRunner;
  events: EventSink;
  preferences: PreferencesService;
  /** Test seam: point ATS APIs at a local server. */
  atsBaseUrls?: Partial<Record<AtsKind, string>>;
  /** Called with postings that were new to the store (saved-search alerts). */
  onNewJobs?: (jobIds: number[]) => Promise<void>;
}

export class JobsService {
  constructor(private readonly deps: JobsServiceDeps) {}

  private get sqlite() {
    return this.deps.store.sqlite;
  }

  primaryResumeId(): number | null {
    const row = this.sqlite.prepare('SELECT id FROM resumes WHERE is_primary = 1').get() as { id: number } | undefined;
    return row?.id ?? null;
  }

  search(query: JobSearchInput): JobSearchPage {
    const resumeId = this.primaryResumeId() ?? undefined;
    return jobsRepo.searchJobs(this.sqlite, { ...query, resumeId, sort: query.sort ?? (query.text ? 'relevance' : resumeId ? 'score' : 'date') });
  }

  counts(): Promise<JobCounts> {
    return jobsRepo.jobCounts(this.deps.store.db);
  }

  async get(id: number): Promise<JobDetail> {
    const record = await jobsRepo.getJob(this.deps.store.db, id);
    if (!record) throw new AppFailure('not-found', 'That job is no longer in your list.');
    const resumeId = this.primaryResumeId();
    let match: JobDetail['match'] = null;
    let resumeTitle: string | null = null;
    if (resumeId) {
      match = matchJob(loadResume(this.sqlite, resumeId), record.job, await this.deps.preferences.get());
      resumeTitle = (this.sqlite.prepare('SELECT title FROM resumes WHERE id = ?').get(resumeId) as { title: string }).title;
    }
    return { ...record, match, resumeTitle };
  }

  async addText(text: string, url?: string): Promise<JobAdded> {
    const job = textToParsed(text, { kind: 'paste', name: 'Pasted', url: url ?? null, externalId: null });
    return this.addOne(job, 'Added a pasted job');
  }

  async addFile(name: string, bytes: Uint8Array, signal?: AbortSignal): Promise<JobAdded> {
    return this.addOne(await parseJobFile(name, bytes, this.deps.extractor, signal), `Added a job from ${name}`);
  }

  async addUrl(url: string, signal?: AbortSignal): Promise<JobAdded> {
    const job = await parseJobUrl(this.deps.http, url, { atsBaseUrls: this.deps.atsBaseUrls, signal });
    return this.addOne(job, `Added a job from ${new URL(url).host}`);
  }

  csvPreview(bytes: Uint8Array): CsvPreview {
    const preview = previewCsv(bytes);
    if (preview.columns.length === 0) throw new AppFailure('invalid-input', 'This CSV file is empty.');
    return preview;
  }

  startCsvImport(bytes: Uint8Array, mapping: Partial<Record<CsvField, number>>): TaskStarted {
    const rows = readCsv(bytes).slice(1);
    return this.deps.tasks.start('jobs:csvImport', async (ctx) => {
      const jobs: ParsedJob[] = [];
      for (const [index, row] of rows.entries()) {
        if (ctx.signal.aborted) return;
        const { title, text, url } = csvRowToText(row, mapping);
        if (!title) {
          ctx.item(index, { ok: false, error: { code: 'invalid-input', message: `Row ${index + 2} has no job title; skipped.` } });
          continue;
        }
        jobs.push(textToParsed(text, { kind: 'csv', name: 'CSV import', url, externalId: null }));
        if (index % 200 === 0) ctx.progress(index, rows.length, `Reading row ${index + 1} of ${rows.length}`);
      }
      const summary = await this.ingest(jobs);
      ctx.item(rows.length, { ok: true, value: { inserted: summary.inserted, merged: summary.merged + summary.unchanged + summary.updated } });
      ctx.progress(rows.length, rows.length, `Imported ${summary.inserted} new jobs`);
      await logActivity(this.deps.store.db, { kind: 'jobs-imported', message: `Imported ${summary.inserted} jobs from a CSV file` });
    });
  }

  async setFlags(id: number, flags: { saved?: boolean; hidden?: boolean; applied?: boolean }): Promise<JobDetail> {
    if (!(await jobsRepo.setJobFlags(this.deps.store.db, id, flags))) await this.get(id);
    this.deps.events.emit('data:changed', { area: 'jobs' });
    return this.get(id);
  }

  async setNotes(id: number, notes: string): Promise<JobDetail> {
    if (!(await jobsRepo.setJobNotes(this.deps.store.db, id, notes))) await this.get(id);
    return this.get(id);
  }

  delete(id: number): { deleted: boolean } {
    const deleted = jobsRepo.deleteJobs(this.sqlite, [id]) > 0;
    if (!deleted) throw new AppFailure('not-found', 'That job is no longer in your list.');
    this.deps.events.emit('data:changed', { area: 'jobs' });
    return { deleted };
  }

  /** Stores postings, re-ranks the changed ones, and reports new ones to alerts. */
  async ingest(jobs: readonly ParsedJob[]): Promise<jobsRepo.UpsertSummary> {
    const summary = jobsRepo.upsertJobs(this.sqlite, jobs);
    await this.rank(summary.changedIds);
    const inserted = summary.outcomes.filter((o) => o.action === 'inserted').map((o) => o.id);
    if (inserted.length && this.deps.onNewJobs) await this.deps.onNewJobs(inserted);
    this.deps.events.emit('data:changed', { area: 'jobs' });
    return summary;
  }

  /** Recomputes match scores: the given postings, or all of them (resume or preferences changed). */
  async rank(jobIds?: readonly number[]): Promise<void> {
    const resumeId = this.primaryResumeId();
    if (!resumeId || (jobIds && jobIds.length === 0)) return;
    rankJobs(this.sqlite, resumeId, jobIds, await this.deps.preferences.get());
  }

  private async addOne(job: ParsedJob, activity: string): Promise<JobAdded> {
    if (!job.title.trim()) throw new AppFailure('invalid-input', 'No job title was found. Add a first line with the title.');
    const summary = await this.ingest([job]);
    const outcome = summary.outcomes[0]!;
    if (outcome.action === 'inserted') await logActivity(this.deps.store.db, { kind: 'job-added', message: `${activity}: ${job.title}` });
    return { id: outcome.id, title: job.title, action: outcome.action };
  }
}
