/** What the person is looking for (titles, places, remote, pay); main uses it to match and alert. */
import type { JobPreferences } from '../../../src-preload/contract';
import { take } from './result';
import { errorMessage, idle, type Loadable, type SliceCreator } from './types';

export interface PreferencesSlice {
  preferences: Loadable<JobPreferences>;
  loadPreferences(): Promise<void>;
  /** Throws the contract error so the form keeps the values and shows why. */
  savePreferences(preferences: JobPreferences): Promise<JobPreferences>;
}

export const createPreferencesSlice: SliceCreator<PreferencesSlice> =
  ({ api }) =>
  (set) => ({
    preferences: idle(),

    async loadPreferences() {
      set((s) => ({ preferences: { ...s.preferences, loading: true } }));
      try {
        const data = take(await api.preferences.get());
        set({ preferences: { data, loading: false, error: null } });
      } catch (error) {
        set((s) => ({ preferences: { ...s.preferences, loading: false, error: errorMessage(error) } }));
      }
    },

    async savePreferences(preferences) {
      const data = take(await api.preferences.update(preferences));
      set({ preferences: { data, loading: false, error: null } });
      return data;
    },
  });
