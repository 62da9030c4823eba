import type { Kysely } from 'kysely';
import type { JobPreferences } from '../../../src-preload/contract/match.types';
import { getSetting, putSetting } from '../../db/repositories/settings.repository';
import type { Database } from '../../db/schema';
import type { EventSink } from '../events';

export const DEFAULT_JOB_PREFERENCES: JobPreferences = { titles: [], locations: [], remote: [], minSalary: null, currency: null };

/** What the person is looking for (Settings → Job preferences); matching reads it. */
export class PreferencesService {
  private cached: JobPreferences | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly events: EventSink,
  ) {}

  async get(): Promise<JobPreferences> {
    this.cached ??= { ...DEFAULT_JOB_PREFERENCES, ...((await getSetting<Partial<JobPreferences>>(this.db, 'jobPreferences')) ?? {}) };
    return this.cached;
  }

  async update(next: JobPreferences): Promise<JobPreferences> {
    const clean: JobPreferences = {
      titles: dedupe(next.titles),
      locations: dedupe(next.locations),
      remote: [...new Set(next.remote)],
      minSalary: next.minSalary,
      currency: next.currency,
    };
    await putSetting(this.db, 'jobPreferences', clean);
    this.cached = clean;
    this.events.emit('data:changed', { area: 'preferences' });
    return clean;
  }
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  return values.map((v) => v.trim()).filter((v) => v && !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}
