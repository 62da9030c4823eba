/**
 * Saved searches (with their score alerts) and the notifications main raises for them. A
 * `notification:new` event adds the notification to the list and shows a toast.
 */
import type { AppNotification, SavedSearch } from '../../../src-preload/contract';
import { fromSearchInput, toSearchInput } from '../lib/job-query';
import { take } from './result';
import { errorMessage, idle, type Loadable, type SliceCreator } from './types';

export interface AlertsSlice {
  savedSearches: Loadable<SavedSearch[]>;
  notifications: Loadable<AppNotification[]>;
  loadSavedSearches(): Promise<void>;
  /** Saves the Jobs page's current filters; throws the contract error for the form. */
  saveCurrentSearch(name: string, minScore: number | null): Promise<SavedSearch>;
  deleteSavedSearch(id: number): Promise<boolean>;
  applySavedSearch(search: SavedSearch): Promise<void>;
  loadNotifications(): Promise<void>;
  /** All when `ids` is omitted. */
  markNotificationsRead(ids?: number[]): Promise<void>;
  receiveNotification(notification: AppNotification): void;
}

export const unreadCount = (notifications: AppNotification[] | null) => notifications?.filter((n) => !n.read).length ?? 0;

const MAX_KEPT = 200;

export const createAlertsSlice: SliceCreator<AlertsSlice> =
  ({ api }) =>
  (set, get) => ({
    savedSearches: idle(),
    notifications: idle(),

    async loadSavedSearches() {
      set((s) => ({ savedSearches: { ...s.savedSearches, loading: true } }));
      try {
        const data = take(await api.searches.list());
        set({ savedSearches: { data, loading: false, error: null } });
      } catch (error) {
        set((s) => ({ savedSearches: { ...s.savedSearches, loading: false, error: errorMessage(error) } }));
      }
    },

    async saveCurrentSearch(name, minScore) {
      const { limit: _limit, offset: _offset, ...query } = toSearchInput(get().jobFilters);
      const saved = take(await api.searches.save({ name: name.trim(), query, minScore }));
      set((s) => ({
        savedSearches: { ...s.savedSearches, data: [...(s.savedSearches.data ?? []).filter((x) => x.id !== saved.id), saved] },
      }));
      get().pushToast({
        kind: 'success',
        title: 'Search saved',
        message: minScore !== null ? `You will be told when a new job scores ${minScore} or more.` : saved.name,
      });
      return saved;
    },

    async deleteSavedSearch(id) {
      try {
        take(await api.searches.delete({ id }));
        set((s) => ({ savedSearches: { ...s.savedSearches, data: (s.savedSearches.data ?? []).filter((x) => x.id !== id) } }));
        return true;
      } catch (error) {
        get().pushToast({ kind: 'error', title: 'Could not delete the saved search', message: errorMessage(error) });
        return false;
      }
    },

    async applySavedSearch(search) {
      set({ jobFilters: fromSearchInput(search.query) });
      await get().searchJobs();
    },

    async loadNotifications() {
      set((s) => ({ notifications: { ...s.notifications, loading: true } }));
      try {
        const data = take(await api.notifications.list());
        set({ notifications: { data, loading: false, error: null } });
      } catch (error) {
        set((s) => ({ notifications: { ...s.notifications, loading: false, error: errorMessage(error) } }));
      }
    },

    async markNotificationsRead(ids) {
      const targets = ids ? new Set(ids) : null;
      const before = get().notifications.data;
      set((s) => ({
        notifications: {
          ...s.notifications,
          data: s.notifications.data?.map((n) => (!targets || targets.has(n.id) ? { ...n, read: true } : n)) ?? null,
        },
      }));
      try {
        take(await api.notifications.markRead(ids ? { ids } : {}));
      } catch (error) {
        set((s) => ({ notifications: { ...s.notifications, data: before } }));
        get().pushToast({ kind: 'error', title: 'Could not mark notifications read', message: errorMessage(error) });
      }
    },

    receiveNotification(notification) {
      set((s) => {
        const rest = (s.notifications.data ?? []).filter((n) => n.id !== notification.id);
        return { notifications: { ...s.notifications, data: [notification, ...rest].slice(0, MAX_KEPT) } };
      });
      get().pushToast({
        kind: 'info',
        title: notification.title,
        message: notification.body || undefined,
        link: notification.jobId ? { label: 'Open job', href: `#/jobs/${notification.jobId}` } : undefined,
      });
    },
  });
