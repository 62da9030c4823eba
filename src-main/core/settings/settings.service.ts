import type { Kysely } from 'kysely';
import type { Settings } from '../../../src-preload/contract/app.contract';
import { getSetting, putSetting } from '../../db/repositories/settings.repository';
import type { Database } from '../../db/schema';
import type { EventSink } from '../events';

export const DEFAULT_SETTINGS: Settings = { theme: 'system' };

export class SettingsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly events: EventSink,
  ) {}

  async get(): Promise<Settings> {
    const stored = (await getSetting<Partial<Settings>>(this.db, 'app')) ?? {};
    return { ...DEFAULT_SETTINGS, ...stored };
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await this.get()), ...stripUndefined(patch) };
    await putSetting(this.db, 'app', next);
    this.events.emit('data:changed', { area: 'settings' });
    return next;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
