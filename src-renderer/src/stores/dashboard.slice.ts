import type { DashboardSummary } from '../../../src-preload/contract';
import { take } from './result';
import { errorMessage, idle, type Loadable, type SliceCreator } from './types';

export interface DashboardSlice {
  dashboard: Loadable<DashboardSummary>;
  loadDashboard(): Promise<void>;
}

export const createDashboardSlice: SliceCreator<DashboardSlice> =
  ({ api }) =>
  (set) => ({
    dashboard: idle(),
    async loadDashboard() {
      set((s) => ({ dashboard: { ...s.dashboard, loading: true } }));
      try {
        const data = take(await api.dashboard.summary());
        set({ dashboard: { data, loading: false, error: null } });
      } catch (error) {
        // Keep the last good summary on screen; the page shows the error next to it.
        set((s) => ({ dashboard: { ...s.dashboard, loading: false, error: errorMessage(error) } }));
      }
    },
  });
