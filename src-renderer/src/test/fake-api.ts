/**
 * An in-memory stand-in for main, for store tests. The Electron main process and the bridge cannot
 * run inside a unit test, so this is the one mock (STYLE.md 15); it goes through the real
 * `createApiClient`, so the api surface is exactly the contract's.
 */
import { createApiClient, type PathwiseApi } from '../../../src-preload/contract/client';
import type { ChannelName, ChannelOutput, EventChannel, EventPayloads, Result } from '../../../src-preload/contract';

type Handler<C extends ChannelName> = (input: unknown) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>;
export type Handlers = { [C in ChannelName]?: Handler<C> };

export interface FakeMain {
  api: PathwiseApi;
  handlers: Handlers;
  calls: { channel: ChannelName; input: unknown }[];
  emit<E extends EventChannel>(event: E, payload: EventPayloads[E]): void;
  listenerCount(event: EventChannel): number;
}

export const okResult = <T>(value: T): Result<T> => ({ ok: true, value });
export const failResult = (code: 'not-found' | 'invalid-input' | 'internal' | 'unavailable', message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

export function fakeMain(handlers: Handlers = {}): FakeMain {
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const calls: FakeMain['calls'] = [];
  const main: FakeMain = {
    handlers,
    calls,
    api: createApiClient(
      async (channel, input) => {
        calls.push({ channel, input });
        const handler = main.handlers[channel] as Handler<ChannelName> | undefined;
        if (!handler) return failResult('internal', `No fake handler for ${channel}`);
        return handler(input);
      },
      (event, listener) => {
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
    ),
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
  };
  return main;
}

/** Lets queued promise callbacks run. */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The jobs, boards, searches, notifications and preferences channels, in memory (see fake-jobs.ts). */
export { installFakeJobs, type FakeJobsWorld } from './fake-jobs';
