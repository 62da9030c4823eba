import type { Services } from '../services';
import type { Handlers } from './dispatch';

export function dashboardHandlers(s: Services): Pick<Handlers, 'dashboard:summary' | 'task:cancel'> {
  return {
    'dashboard:summary': () => s.dashboard.summary(),
    'task:cancel': ({ taskId }) => ({ cancelled: s.tasks.cancel(taskId) }),
  };
}
