/**
 * Builds the renderer-facing API from the contract: one named function per channel, grouped by
 * domain (`settings:get` → `api.settings.get()`). Used by the preload (over ipcRenderer) and by the
 * renderer in browser mode (over the loopback bridge), so both expose exactly the same surface.
 */
import { CHANNEL_NAME_LIST as CHANNEL_NAMES } from './channel-names';
import type { ChannelInput, ChannelName, ChannelOutput } from './index';
import type { Result } from './result';
import type { EventChannel } from './channel-names';
import type { EventPayloads } from './tasks.contract';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? V : never;

type Fn<C extends ChannelName> = undefined extends ChannelInput<C>
  ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
  : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

export type PathwiseApi = {
  [D in DomainOf<ChannelName>]: {
    [C in ChannelName as DomainOf<C> extends D ? VerbOf<C> : never]: Fn<C>;
  };
} & {
  /** Subscribe to an event channel; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

export type Invoke = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;
export type Subscribe = (event: EventChannel, listener: (payload: unknown) => void) => () => void;

export function createApiClient(invoke: Invoke, subscribe: Subscribe): PathwiseApi {
  const api: Record<string, Record<string, unknown> | unknown> = {};
  for (const name of CHANNEL_NAMES) {
    const [domain, verb] = name.split(':') as [string, string];
    const group = (api[domain] ??= {}) as Record<string, unknown>;
    group[verb] = (input?: unknown) => invoke(name, input);
  }
  api.on = (event: EventChannel, listener: (payload: unknown) => void) => subscribe(event, listener);
  return api as unknown as PathwiseApi;
}

/** The exact function names exposed on `window.api`, for the E-3 snapshot test. */
export function apiSurface(): string[] {
  return [...CHANNEL_NAMES.map((c) => c.replace(':', '.')), 'on'].sort();
}
