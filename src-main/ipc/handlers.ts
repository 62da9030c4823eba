import type { Services } from '../services';
import { aiHandlers } from './ai.ipc';
import { appHandlers } from './app.ipc';
import { dashboardHandlers } from './dashboard.ipc';
import type { Handlers } from './dispatch';
import { jobHandlers } from './jobs.ipc';
import { resumeHandlers } from './resumes.ipc';

/** Assembles every domain's handlers; the compiler checks each contract channel has one. */
export function buildHandlers(services: Services): Handlers {
  return {
    ...appHandlers(services),
    ...dashboardHandlers(services),
    ...resumeHandlers(services),
    ...jobHandlers(services),
    ...aiHandlers(services),
  };
}
