/**
 * Background work on a timer (board refreshes). One tick at a time; a failing tick is logged and
 * the next one still runs. Started by the desktop app and browser mode, never by tests or the CLI.
 */
export interface Scheduler {
  stop(): void;
  /** Runs a tick now (also used by tests). */
  tick(): Promise<void>;
}

export function startScheduler(work: () => Promise<unknown>, options: { intervalMs: number; initialDelayMs: number; onError?: (error: unknown) => void }): Scheduler {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= work()
      .then(() => undefined)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = setTimeout(() => void tick(), options.initialDelayMs);
  const every = setInterval(() => void tick(), options.intervalMs);
  first.unref?.();
  every.unref?.();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
    tick,
  };
}
