/**
 * Job sources that Pathwise polls: followed company boards (Greenhouse, Lever, …) and the public
 * job sites ("aggregators") whose terms limit how often they may be fetched.
 */
import type { AggregatorId, AggregatorInfo, Board, BoardRefreshResult } from '../../../src-preload/contract';
import { boardName, plural } from '../lib/job-format';
import { take } from './result';
import { errorMessage, idle, type Loadable, type SliceCreator } from './types';

export interface BoardsSlice {
  boards: Loadable<Board[]>;
  /** Board ids with a refresh (or another change) under way. */
  boardBusy: Record<number, boolean>;
  aggregators: Loadable<AggregatorInfo[]>;
  loadBoards(): Promise<void>;
  /** Throws the contract error so the form can show it next to the typed URL. */
  followBoard(url: string, refreshHours?: number): Promise<BoardRefreshResult>;
  refreshBoard(id: number): Promise<void>;
  setBoardInterval(id: number, refreshHours: number): Promise<boolean>;
  removeBoard(id: number): Promise<boolean>;
  loadAggregators(): Promise<void>;
  /** Throws the contract error (e.g. "not allowed before 14:00") for the row to show. */
  importFromAggregator(source: AggregatorId, query?: string): Promise<{ added: number; total: number }>;
}

export function refreshSummary(result: BoardRefreshResult): string {
  const parts = [`${plural(result.added, 'job')} added`];
  if (result.closed) parts.push(`${result.closed} closed`);
  if (result.reopened) parts.push(`${result.reopened} reopened`);
  return parts.join(', ');
}

export const createBoardsSlice: SliceCreator<BoardsSlice> =
  ({ api }) =>
  (set, get) => {
    const upsert = (board: Board) =>
      set((s) => {
        if (!s.boards.data) return {};
        const exists = s.boards.data.some((b) => b.id === board.id);
        const data = exists ? s.boards.data.map((b) => (b.id === board.id ? board : b)) : [...s.boards.data, board];
        return { boards: { ...s.boards, data } };
      });
    const setBusy = (id: number, busy: boolean) => set((s) => ({ boardBusy: { ...s.boardBusy, [id]: busy } }));

    return {
      boards: idle(),
      boardBusy: {},
      aggregators: idle(),

      async loadBoards() {
        set((s) => ({ boards: { ...s.boards, loading: true } }));
        try {
          const data = take(await api.boards.list());
          set({ boards: { data, loading: false, error: null } });
        } catch (error) {
          set((s) => ({ boards: { ...s.boards, loading: false, error: errorMessage(error) } }));
        }
      },

      async followBoard(url, refreshHours) {
        const result = take(await api.boards.follow({ url: url.trim(), ...(refreshHours ? { refreshHours } : {}) }));
        upsert(result.board);
        return result;
      },

      async refreshBoard(id) {
        if (get().boardBusy[id]) return;
        setBusy(id, true);
        try {
          const result = take(await api.boards.refresh({ id }));
          upsert(result.board);
          get().pushToast({ kind: 'success', title: `${boardName(result.board)} refreshed`, message: `${refreshSummary(result)}.` });
        } catch (error) {
          get().pushToast({ kind: 'error', title: 'Could not refresh the board', message: errorMessage(error) });
        } finally {
          setBusy(id, false);
        }
      },

      async setBoardInterval(id, refreshHours) {
        try {
          upsert(take(await api.boards.update({ id, refreshHours })));
          return true;
        } catch (error) {
          get().pushToast({ kind: 'error', title: 'Could not change the refresh interval', message: errorMessage(error) });
          return false;
        }
      },

      async removeBoard(id) {
        try {
          take(await api.boards.remove({ id }));
          set((s) => ({ boards: s.boards.data ? { ...s.boards, data: s.boards.data.filter((b) => b.id !== id) } : s.boards }));
          get().pushToast({ kind: 'success', title: 'Board removed', message: 'Its jobs stay in your list.' });
          return true;
        } catch (error) {
          get().pushToast({ kind: 'error', title: 'Could not remove the board', message: errorMessage(error) });
          return false;
        }
      },

      async loadAggregators() {
        set((s) => ({ aggregators: { ...s.aggregators, loading: true } }));
        try {
          const data = take(await api.aggregators.list());
          set({ aggregators: { data, loading: false, error: null } });
        } catch (error) {
          set((s) => ({ aggregators: { ...s.aggregators, loading: false, error: errorMessage(error) } }));
        }
      },

      async importFromAggregator(source, query) {
        const q = query?.trim();
        try {
          return take(await api.aggregators.import({ source, ...(q ? { query: q } : {}) }));
        } finally {
          // The last fetch time and the next allowed time moved, whatever the outcome.
          void get().loadAggregators();
        }
      },
    };
  };
