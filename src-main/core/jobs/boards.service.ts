/**
 * Followed company boards and the keyless job sites. A refresh adds new postings, marks vanished
 * ones closed (their text is kept) and reopens ones that came back; errors are stored on the
 * board and shown, never thrown away.
 */
import type { AggregatorId, AggregatorInfo, Board, BoardRefreshResult } from '../../../src-preload/contract/jobs.contract';
import { AppFailure } from '../../../src-preload/contract/result';
import type { Store } from '../../db/connection';
import { logActivity } from '../../db/repositories/activity.repository';
import * as boardsRepo from '../../db/repositories/boards.repository';
import type { EventSink } from '../events';
import {
  ATS_NAMES,
  NetworkError,
  detectBoard,
  fetchArbeitnow,
  fetchRemoteOk,
  fetchRemotive,
  fetchWhoIsHiring,
  refreshBoard,
  REMOTIVE_MIN_INTERVAL_MS,
  type AggregatorResult,
  type AtsKind,
  type HttpClient,
} from './intake';
import type { JobsService } from './jobs.service';
import { rawToParsed } from './raw-to-parsed';

export type SourceBaseUrls = Partial<Record<AtsKind | AggregatorId, string>>;

const AGGREGATORS: Record<AggregatorId, { name: string; terms: string; minIntervalMs: number }> = {
  remotive: {
    name: 'Remotive',
    terms: 'Remote jobs from Remotive (remotive.com), shown with a link back. Jobs appear 24 h after posting; Pathwise fetches at most 4 times a day.',
    minIntervalMs: REMOTIVE_MIN_INTERVAL_MS,
  },
  remoteok: {
    name: 'RemoteOK',
    terms: 'Remote jobs from RemoteOK (remoteok.com), credited and linked back to each listing as its terms require.',
    minIntervalMs: 60 * 60 * 1000,
  },
  arbeitnow: { name: 'Arbeitnow', terms: 'Jobs in Europe from Arbeitnow (arbeitnow.com), linked back to each listing. Many are in German.', minIntervalMs: 60 * 60 * 1000 },
  hn: {
    name: 'Hacker News: Who is hiring?',
    terms: "Top-level comments of this month's \"Ask HN: Who is hiring?\" thread, each linked to its comment. Details are parsed from free text: check them.",
    minIntervalMs: 60 * 60 * 1000,
  },
};

export class BoardsService {
  constructor(
    private readonly store: Store,
    private readonly http: HttpClient,
    private readonly jobs: JobsService,
    private readonly events: EventSink,
    private readonly baseUrls: SourceBaseUrls = {},
    private readonly now: () => Date = () => new Date(),
    /** Cached client for the keyless job sites (their terms ask for infrequent polling). */
    private readonly cachedHttp: HttpClient = http,
  ) {}

  list(): Promise<Board[]> {
    return boardsRepo.listBoards(this.store.db);
  }

  async follow(url: string, refreshHours = 24): Promise<BoardRefreshResult> {
    const detected = detectBoard(url);
    if (!detected) {
      throw new AppFailure(
        'invalid-input',
        'Pathwise does not recognise this careers page. Paste a Greenhouse, Lever, Ashby, Workable or SmartRecruiters board link (for example https://boards.greenhouse.io/acme), or add single jobs by URL.',
      );
    }
    const existing = await boardsRepo.findBoard(this.store.db, detected.ats, detected.token);
    if (existing) return this.refresh(existing.id);
    // Fetch first so an unknown board is reported and nothing is saved.
    const base = { ats: detected.ats, token: detected.token, region: detected.region ?? null };
    const snapshot = await refreshBoard(this.http, { ...base, region: detected.region, baseUrl: this.baseUrls[detected.ats] }, []);
    const id = await boardsRepo.insertBoard(this.store.db, { ...base, url, refreshHours }, this.now().toISOString());
    const result = await this.applyRefresh(id, snapshot);
    await logActivity(this.store.db, { kind: 'board-followed', message: `Following ${result.board.company ?? detected.token} on ${ATS_NAMES[detected.ats]} (${result.added} jobs)` });
    return result;
  }

  async refresh(id: number): Promise<BoardRefreshResult> {
    const board = await boardsRepo.getBoardRow(this.store.db, id);
    if (!board) throw new AppFailure('not-found', 'That board is no longer followed.');
    const known = (await boardsRepo.boardJobs(this.store.db, id)).filter((j) => j.source_id).map((j) => ({ externalId: j.source_id! }));
    try {
      const snapshot = await refreshBoard(
        this.http,
        { ats: board.ats as AtsKind, token: board.token, region: board.region ?? undefined, baseUrl: this.baseUrls[board.ats as AtsKind], companyName: board.company ?? undefined },
        known,
      );
      return await this.applyRefresh(id, snapshot);
    } catch (error) {
      const message = error instanceof NetworkError || error instanceof AppFailure ? error.message : 'The refresh failed unexpectedly.';
      await boardsRepo.updateBoard(this.store.db, id, { last_error: message, last_refreshed_at: this.now().toISOString() });
      this.events.emit('data:changed', { area: 'boards' });
      throw error instanceof NetworkError ? new AppFailure('unavailable', message) : error;
    }
  }

  async update(id: number, refreshHours: number): Promise<Board> {
    if (!(await boardsRepo.getBoardRow(this.store.db, id))) throw new AppFailure('not-found', 'That board is no longer followed.');
    await boardsRepo.updateBoard(this.store.db, id, { refresh_hours: refreshHours });
    this.events.emit('data:changed', { area: 'boards' });
    return (await this.list()).find((b) => b.id === id)!;
  }

  async remove(id: number): Promise<{ removed: boolean }> {
    const removed = await boardsRepo.deleteBoard(this.store.db, id);
    if (!removed) throw new AppFailure('not-found', 'That board is no longer followed.');
    this.events.emit('data:changed', { area: 'boards' });
    return { removed };
  }

  /** Scheduler tick: refresh every board whose interval has passed; one failure does not stop the rest. */
  async refreshDue(): Promise<number> {
    let refreshed = 0;
    for (const board of await boardsRepo.dueBoards(this.store.db, this.now())) {
      try {
        await this.refresh(board.id);
        refreshed += 1;
      } catch {
        // Recorded on the board (last_error) and shown in the Boards list.
      }
    }
    return refreshed;
  }

  async aggregators(): Promise<AggregatorInfo[]> {
    const list: AggregatorInfo[] = [];
    for (const id of Object.keys(AGGREGATORS) as AggregatorId[]) {
      const last = await boardsRepo.lastAggregatorFetch(this.store.db, id);
      const next = last ? Date.parse(last) + AGGREGATORS[id].minIntervalMs : 0;
      list.push({ id, name: AGGREGATORS[id].name, terms: AGGREGATORS[id].terms, lastFetchedAt: last, nextAllowedAt: next > this.now().getTime() ? new Date(next).toISOString() : null });
    }
    return list;
  }

  async importAggregator(id: AggregatorId, query?: string): Promise<{ added: number; total: number }> {
    const info = (await this.aggregators()).find((a) => a.id === id)!;
    if (info.nextAllowedAt) {
      throw new AppFailure('unavailable', `${info.name} asks apps not to fetch so often. Try again after ${new Date(info.nextAllowedAt).toLocaleString()}.`);
    }
    const result = await this.fetchAggregator(id, query);
    await boardsRepo.recordAggregatorFetch(this.store.db, id, this.now().toISOString());
    const summary = await this.jobs.ingest(result.postings.map((p) => rawToParsed({ ...p, source: { ...p.source, kind: 'aggregator' } })));
    await logActivity(this.store.db, { kind: 'jobs-imported', message: `Imported ${summary.inserted} jobs from ${info.name}` });
    return { added: summary.inserted, total: result.postings.length };
  }

  private fetchAggregator(id: AggregatorId, query?: string): Promise<AggregatorResult> {
    const baseUrl = this.baseUrls[id];
    switch (id) {
      case 'remotive':
        return fetchRemotive(this.cachedHttp, { search: query, limit: 100 }, { baseUrl, lastFetchedAt: null });
      case 'remoteok':
        return fetchRemoteOk(this.cachedHttp, { baseUrl });
      case 'arbeitnow':
        return fetchArbeitnow(this.cachedHttp, { baseUrl });
      case 'hn':
        return fetchWhoIsHiring(this.cachedHttp, { baseUrl });
    }
  }

  private async applyRefresh(id: number, snapshot: Awaited<ReturnType<typeof refreshBoard>>): Promise<BoardRefreshResult> {
    const now = this.now().toISOString();
    const summary = await this.jobs.ingest(snapshot.current.map((p) => rawToParsed({ ...p, source: { ...p.source, kind: 'board' } })));
    const ids = summary.outcomes.map((o) => o.id);
    const existing = await boardsRepo.boardJobs(this.store.db, id);
    const listed = new Set(snapshot.current.map((p) => p.externalId));
    // An empty answer for a board that had postings is more likely an API hiccup than every job closing.
    const toClose = snapshot.suspiciousEmpty ? [] : existing.filter((j) => j.status === 'open' && j.source_id && !listed.has(j.source_id)).map((j) => j.id);
    const toReopen = existing.filter((j) => j.status === 'closed' && j.source_id && listed.has(j.source_id)).map((j) => j.id);
    const company = snapshot.current.find((p) => p.company)?.company ?? null;
    await this.store.db.transaction().execute(async (trx) => {
      await boardsRepo.linkJobsToBoard(trx, id, ids);
      await boardsRepo.setJobsStatus(trx, toClose, 'closed', now);
      await boardsRepo.setJobsStatus(trx, toReopen, 'open', now);
      await boardsRepo.updateBoard(trx, id, { last_refreshed_at: now, last_error: null, ...(company ? { company } : {}) });
    });
    this.events.emit('data:changed', { area: 'boards' });
    const board = (await this.list()).find((b) => b.id === id)!;
    return { board, added: summary.inserted, closed: toClose.length, reopened: toReopen.length };
  }
}
