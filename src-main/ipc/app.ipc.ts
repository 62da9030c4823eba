import type { Services } from '../services';
import type { Handlers } from './dispatch';

type AppHandlers = Pick<
  Handlers,
  'app:info' | 'app:openExternal' | 'settings:get' | 'settings:update' | 'backups:list' | 'backups:create' | 'activity:list'
>;

export function appHandlers(s: Services): AppHandlers {
  return {
    'app:info': () => s.system.info(),
    'app:openExternal': async ({ url }) => ({ opened: await s.openExternal(url) }),
    'settings:get': () => s.settings.get(),
    'settings:update': (patch) => s.settings.update(patch),
    'backups:list': () => s.system.listBackups(),
    'backups:create': () => s.system.createBackup(),
    'activity:list': (input) => s.activity.list(input?.limit ?? 50),
  };
}
