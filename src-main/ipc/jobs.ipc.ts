import type { Services } from '../services';
import type { Handlers } from './dispatch';

type JobChannel = Extract<keyof Handlers, `jobs:${string}` | `boards:${string}` | `aggregators:${string}` | `searches:${string}` | `notifications:${string}` | `preferences:${string}`>;

const bytes = (base64: string) => Buffer.from(base64, 'base64');

export function jobHandlers(s: Services): Pick<Handlers, JobChannel> {
  return {
    'jobs:search': (query) => s.jobs.search(query),
    'jobs:get': ({ id }) => s.jobs.get(id),
    'jobs:counts': () => s.jobs.counts(),
    'jobs:addText': ({ text, url }) => s.jobs.addText(text, url),
    'jobs:addFile': ({ name, dataBase64 }) => s.jobs.addFile(name, bytes(dataBase64)),
    'jobs:addUrl': ({ url }) => s.jobs.addUrl(url),
    'jobs:csvPreview': ({ dataBase64 }) => s.jobs.csvPreview(bytes(dataBase64)),
    'jobs:csvImport': ({ file, mapping }) => s.jobs.startCsvImport(bytes(file.dataBase64), mapping),
    'jobs:setFlags': ({ id, ...flags }) => s.jobs.setFlags(id, flags),
    'jobs:setNotes': ({ id, notes }) => s.jobs.setNotes(id, notes),
    'jobs:delete': ({ id }) => s.jobs.delete(id),
    'boards:list': () => s.boards.list(),
    'boards:follow': ({ url, refreshHours }) => s.boards.follow(url, refreshHours),
    'boards:refresh': ({ id }) => s.boards.refresh(id),
    'boards:update': ({ id, refreshHours }) => s.boards.update(id, refreshHours),
    'boards:remove': ({ id }) => s.boards.remove(id),
    'aggregators:list': () => s.boards.aggregators(),
    'aggregators:import': ({ source, query }) => s.boards.importAggregator(source, query),
    'searches:list': () => s.alerts.listSearches(),
    'searches:save': (input) => s.alerts.saveSearch(input),
    'searches:delete': ({ id }) => s.alerts.deleteSearch(id),
    'notifications:list': (input) => s.alerts.listNotifications(input?.unreadOnly ?? false),
    'notifications:markRead': ({ ids }) => s.alerts.markRead(ids),
    'preferences:get': () => s.preferences.get(),
    'preferences:update': (prefs) => s.preferences.update(prefs),
  };
}
