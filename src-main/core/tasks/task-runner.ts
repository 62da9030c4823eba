import { randomUUID } from 'node:crypto';
import type { AppError } from '../../../src-preload/contract/result';
import type { TaskStarted } from '../../../src-preload/contract/tasks.contract';
import type { EventSink } from '../events';

export interface TaskContext {
  signal: AbortSignal;
  progress(done: number, total: number, message: string): void;
  item(index: number, result: { ok: true; value: unknown } | { ok: false; error: AppError }): void;
}

/**
 * Long work returns a task id at once and reports through `task:event`, cancellable by id
 * (ARCHITECTURE.md "The IPC contract"). The work function owns its own error reporting per item;
 * an unexpected throw ends the task with a finished event so the UI never waits forever.
 */
export class TaskRunner {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly events: EventSink) {}

  start(kind: string, work: (ctx: TaskContext) => Promise<void>): TaskStarted {
    const taskId = randomUUID();
    const controller = new AbortController();
    this.running.set(taskId, controller);
    const ctx: TaskContext = {
      signal: controller.signal,
      progress: (done, total, message) =>
        this.events.emit('task:event', { taskId, kind, type: 'progress', done, total, message }),
      item: (index, result) => this.events.emit('task:event', { taskId, kind, type: 'item', index, result }),
    };
    // Start on the next tick so the caller has the id before the first event arrives.
    setImmediate(() => {
      work(ctx)
        .catch((error: unknown) =>
          ctx.item(-1, { ok: false, error: { code: 'internal', message: (error as Error).message } }),
        )
        .finally(() => {
          this.running.delete(taskId);
          this.events.emit('task:event', { taskId, kind, type: 'finished', cancelled: controller.signal.aborted });
        });
    });
    return { taskId };
  }

  cancel(taskId: string): boolean {
    const controller = this.running.get(taskId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  cancelAll(): void {
    for (const controller of this.running.values()) controller.abort();
  }

  get size(): number {
    return this.running.size;
  }
}
