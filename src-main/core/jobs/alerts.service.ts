/**
 * Saved searches and the notifications they raise: when new postings arrive (a board refresh, an
 * import), each saved search with an alert checks them and, on a hit, adds one notification and
 * tells the UI (and, in the desktop app, the OS).
 */
import type { AppNotification, JobSearchInput, SavedSearch } from '../../../src-preload/contract/jobs.contract';
import { AppFailure } from '../../../src-preload/contract/result';
import type { Store } from '../../db/connection';
import * as alertsRepo from '../../db/repositories/alerts.repository';
import type { EventSink } from '../events';
import { matchSavedSearch } from './saved-search-match';

export class AlertsService {
  constructor(
    private readonly store: Store,
    private readonly events: EventSink,
    private readonly primaryResumeId: () => number | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  listSearches(): Promise<SavedSearch[]> {
    return alertsRepo.listSavedSearches(this.store.db);
  }

  async saveSearch(input: { name: string; query: JobSearchInput; minScore: number | null }): Promise<SavedSearch> {
    const { limit: _limit, offset: _offset, ...query } = input.query;
    const id = await alertsRepo.insertSavedSearch(this.store.db, { ...input, query }, this.now().toISOString());
    this.events.emit('data:changed', { area: 'searches' });
    return (await this.listSearches()).find((s) => s.id === id)!;
  }

  async deleteSearch(id: number): Promise<{ deleted: boolean }> {
    if (!(await alertsRepo.deleteSavedSearch(this.store.db, id))) throw new AppFailure('not-found', 'That saved search no longer exists.');
    this.events.emit('data:changed', { area: 'searches' });
    return { deleted: true };
  }

  listNotifications(unreadOnly = false): Promise<AppNotification[]> {
    return alertsRepo.listNotifications(this.store.db, unreadOnly);
  }

  async markRead(ids?: number[]): Promise<{ updated: number }> {
    const updated = await alertsRepo.markNotificationsRead(this.store.db, ids);
    this.events.emit('data:changed', { area: 'notifications' });
    return { updated };
  }

  /** Runs every alerting saved search over postings that just arrived. */
  async checkNewJobs(jobIds: number[]): Promise<AppNotification[]> {
    const raised: AppNotification[] = [];
    const at = this.now().toISOString();
    for (const search of await this.listSearches()) {
      if (search.minScore === null) continue;
      const hits = matchSavedSearch(this.store.sqlite, search.query, search.minScore, jobIds, this.primaryResumeId());
      if (hits.length === 0) continue;
      const best = hits[0]!;
      const title = hits.length === 1 ? `New match for "${search.name}"` : `${hits.length} new matches for "${search.name}"`;
      const body = `${best.title}${best.company ? ` at ${best.company}` : ''}${best.score !== null ? ` (match ${best.score})` : ''}`;
      const notification = await alertsRepo.insertNotification(this.store.db, { kind: 'saved-search', title, body, jobId: best.id }, at);
      await alertsRepo.markSearchAlerted(this.store.db, search.id, at);
      raised.push(notification);
      this.events.emit('notification:new', notification);
    }
    if (raised.length) this.events.emit('data:changed', { area: 'notifications' });
    return raised;
  }
}
