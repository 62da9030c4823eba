/**
 * Per-host request spacing: at most one request start per `minIntervalMs` for each host
 * (DATA-SOURCES.md: "at most 1 request per second per host"). Callers queue in arrival order, so
 * the limit holds across concurrent calls; a host can also be pushed back (Retry-After).
 */
export interface HostGate {
  /** Resolves when this caller may start a request to `host`. */
  acquire(host: string): Promise<void>;
  /** No request to `host` starts before `now() + delayMs`. */
  pushBack(host: string, delayMs: number): void;
}

export function createHostGate(minIntervalMs: number, now: () => number, sleep: (ms: number) => Promise<void>): HostGate {
  const earliest = new Map<string, number>();
  const queues = new Map<string, Promise<void>>();

  return {
    acquire(host) {
      const previous = queues.get(host) ?? Promise.resolve();
      const mine = previous.then(async () => {
        // Re-check after each sleep: a Retry-After may have pushed the host back meanwhile.
        for (;;) {
          const wait = (earliest.get(host) ?? Number.NEGATIVE_INFINITY) - now();
          if (wait <= 0) break;
          await sleep(wait);
        }
        earliest.set(host, now() + minIntervalMs);
      });
      queues.set(
        host,
        mine.catch(() => undefined),
      );
      return mine;
    },
    pushBack(host, delayMs) {
      const until = now() + delayMs;
      if (until > (earliest.get(host) ?? Number.NEGATIVE_INFINITY)) earliest.set(host, until);
    },
  };
}
