import { z } from 'zod';
import { channel } from './define';
import type { AppError } from './result';

/** Long work returns a task id at once and reports through `task:event` (ARCHITECTURE.md). */
export interface TaskStarted {
  taskId: string;
}

export type TaskEvent =
  | { taskId: string; kind: string; type: 'progress'; done: number; total: number; message: string }
  | { taskId: string; kind: string; type: 'item'; index: number; result: { ok: true; value: unknown } | { ok: false; error: AppError } }
  | { taskId: string; kind: string; type: 'finished'; cancelled: boolean };

export const taskChannels = {
  'task:cancel': channel<{ cancelled: boolean }>()(z.object({ taskId: z.string().min(1).max(64) }).strict()),
};

export { EVENT_CHANNELS, type EventChannel } from './channel-names';

export interface DataChangedEvent {
  /** Which area changed so views can refetch: 'resumes', 'jobs', 'settings', 'backups'. */
  area: string;
}

export interface EventPayloads {
  'task:event': TaskEvent;
  'data:changed': DataChangedEvent;
  /** The native menu asks the renderer to show a page. */
  'app:navigate': { route: string };
  /** A saved-search alert or another notice worth showing now. */
  'notification:new': import('./jobs.contract').AppNotification;
  /** Generated text as it arrives for a coach task (the final result comes as the task's item). */
  'coach:chunk': import('./ai.contract').CoachChunkEvent;
}
