/**
 * The in-memory backend's boards, job sites, saved searches, notifications and preferences
 * (installed by fake-jobs.ts).
 */
import type { Board, ErrorCode, JobPreferences, Result, SavedSearch } from '../../../src-preload/contract';
import type { Handlers } from './fake-api';
import type { FakeJobsWorld } from './fake-jobs';

const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function boardHandlers(world: FakeJobsWorld, changed: (area: string) => void, now: string): Handlers {
  let nextBoard = 1,
    nextSearch = 1;
  const boardResult = (board: Board, added: number) => ok({ board, added, closed: 0, reopened: 0 });
  return {
    'boards:list': () => ok(world.boards),
    'boards:follow': (i) => {
      const { url, refreshHours } = i as { url: string; refreshHours?: number };
      const m = /(greenhouse|lever)\.(?:io|co)\/([\w-]+)/i.exec(url);
      if (!m) return fail('invalid-input', 'Pathwise does not recognise this careers page. Try the Greenhouse or Lever board URL.');
      if (world.boards.some((b) => b.token === m[2])) return fail('conflict', 'You already follow this board.');
      const company = m[2]!.replace(/^./, (c) => c.toUpperCase());
      const atsName = m[1]!.toLowerCase() === 'lever' ? 'Lever' : 'Greenhouse';
      for (let k = 0; k < 12; k++)
        world.addJob({ company, source: { kind: 'board', name: atsName, url: `${url}/jobs/${k}`, externalId: String(k) } });
      const board: Board = {
        id: nextBoard++,
        ats: atsName.toLowerCase(),
        atsName,
        token: m[2]!,
        url,
        company,
        refreshHours: refreshHours ?? 24,
        lastRefreshedAt: now,
        lastError: null,
        openJobs: 12,
        closedJobs: 0,
      };
      world.boards.push(board);
      changed('boards');
      changed('jobs');
      return boardResult(board, 12);
    },
    'boards:refresh': (i) => {
      const board = world.boards.find((b) => b.id === (i as { id: number }).id);
      return board ? boardResult(board, 0) : fail('not-found', 'That board is no longer followed.');
    },
    'boards:update': (i) => {
      const { id, refreshHours } = i as { id: number; refreshHours: number };
      const board = world.boards.find((b) => b.id === id);
      if (!board) return fail('not-found', 'That board is no longer followed.');
      board.refreshHours = refreshHours;
      return ok({ ...board });
    },
    'boards:remove': (i) => {
      const before = world.boards.length;
      world.boards = world.boards.filter((b) => b.id !== (i as { id: number }).id);
      return ok({ removed: world.boards.length < before });
    },
    'aggregators:list': () => ok(world.aggregators.map((a) => ({ ...a }))),
    'aggregators:import': (i) => {
      const a = world.aggregators.find((x) => x.id === (i as { source: string }).source);
      if (!a) return fail('not-found', 'Unknown job site.');
      if (a.nextAllowedAt && a.nextAllowedAt > now) return fail('forbidden', `${a.name} allows the next fetch after ${a.nextAllowedAt}.`);
      for (let k = 0; k < 3; k++)
        world.addJob({ source: { kind: 'aggregator', name: a.name, url: `https://remotive.com/job/${k}`, externalId: `r${k}` } });
      Object.assign(a, { lastFetchedAt: now, nextAllowedAt: '2099-01-01T00:00:00.000Z' });
      changed('jobs');
      return ok({ added: 3, total: 40 });
    },
    'searches:list': () => ok(world.searches),
    'searches:save': (i) => {
      const { name, query, minScore } = i as Pick<SavedSearch, 'name' | 'query' | 'minScore'>;
      const saved: SavedSearch = { id: nextSearch++, name, query, minScore, createdAt: now, lastAlertedAt: null };
      world.searches.push(saved);
      return ok(saved);
    },
    'searches:delete': (i) => {
      const before = world.searches.length;
      world.searches = world.searches.filter((s) => s.id !== (i as { id: number }).id);
      return ok({ deleted: world.searches.length < before });
    },
    'notifications:list': (i) => ok(world.notifications.filter((n) => !(i as { unreadOnly?: boolean } | undefined)?.unreadOnly || !n.read)),
    'notifications:markRead': (i) => {
      const ids = (i as { ids?: number[] }).ids;
      let updated = 0;
      for (const n of world.notifications) {
        if (n.read || (ids && !ids.includes(n.id))) continue;
        n.read = true;
        updated++;
      }
      return ok({ updated });
    },
    'preferences:get': () => ok(world.preferences),
    'preferences:update': (i) => {
      world.preferences = i as JobPreferences;
      changed('preferences');
      return ok(world.preferences);
    },
  };
}
