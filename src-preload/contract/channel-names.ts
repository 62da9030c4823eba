/**
 * Channel and event names as plain strings, with no schemas attached, so the preload and the
 * renderer can build the API without bundling zod. `index.ts` checks at compile time that this list
 * and the contract's channels are exactly the same set.
 */
export const CHANNEL_NAME_LIST = [
  'app:info',
  'app:openExternal',
  'settings:get',
  'settings:update',
  'backups:list',
  'backups:create',
  'activity:list',
  'dashboard:summary',
  'resumes:list',
  'resumes:get',
  'resumes:import',
  'resumes:setPrimary',
  'resumes:delete',
  'resumes:rename',
  'resumes:correct',
  'resumes:reanalyze',
  'resumes:original',
  'task:cancel',
  'jobs:search',
  'jobs:get',
  'jobs:counts',
  'jobs:addText',
  'jobs:addFile',
  'jobs:addUrl',
  'jobs:csvPreview',
  'jobs:csvImport',
  'jobs:setFlags',
  'jobs:setNotes',
  'jobs:delete',
  'boards:list',
  'boards:follow',
  'boards:refresh',
  'boards:update',
  'boards:remove',
  'aggregators:list',
  'aggregators:import',
  'searches:list',
  'searches:save',
  'searches:delete',
  'notifications:list',
  'notifications:markRead',
  'preferences:get',
  'preferences:update',
] as const;

/** Events main pushes to the renderer. */
export const EVENT_CHANNELS = ['task:event', 'data:changed', 'app:navigate', 'notification:new'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];
