/**
 * The one path every call takes, over IPC or the browser-mode bridge (SECURITY.md E-4, H-7):
 * known channel → contract schema validation → handler → plain-JSON result with a stable code.
 */
import {
  contract,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
  type Result,
} from '../../src-preload/contract';
import { toAppError } from '../core/errors';
import { errorForLog } from '../core/secrets/log-safe';

export type Handler<C extends ChannelName> = (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
export type Handlers = { [C in ChannelName]: Handler<C> };
export type Dispatch = (channel: unknown, rawInput: unknown) => Promise<Result<unknown>>;

export interface DispatchLogger {
  error(message: string, error: unknown): void;
}

function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function createDispatcher(handlers: Handlers, logger: DispatchLogger = console): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'invalid-input', message: `Unknown channel: ${String(channel).slice(0, 60)}` } };
    }
    const parsed = contract[channel].input.safeParse(rawInput);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error.issues) } };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      const known = toAppError(error);
      if (known) return { ok: false, error: known };
      // Never the raw error: its message, properties and causes may quote resume text or a key.
      logger.error(`Handler for ${channel} failed`, errorForLog(error));
      return { ok: false, error: { code: 'internal', message: 'Something went wrong on our side. Nothing was changed.' } };
    }
  };
}
