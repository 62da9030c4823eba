/**
 * Browser-mode transport: the same contract over the loopback bridge (src-main/web). The token
 * arrives in the URL fragment once, is kept for this tab only, and is removed from the address bar.
 */
import type { ChannelName } from '../../../src-preload/contract';
import type { Invoke, Subscribe } from '../../../src-preload/contract/client';
import type { Result } from '../../../src-preload/contract/result';

const TOKEN_KEY = 'pathwise.bridgeToken';

export function takeBridgeToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]{20,})/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!);
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
    return match[1]!;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function bridgeInvoke(token: string | null): Invoke {
  return async (channel: ChannelName, input: unknown) => {
    try {
      const response = await fetch(`/api/call/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify({ input }),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'unavailable', message: 'Pathwise is not running (the browser-mode server stopped).' } };
    }
  };
}

type Listener = (payload: unknown) => void;

/** One streamed POST carries every event; it reconnects after a drop. */
export function bridgeSubscribe(token: string | null): Subscribe {
  const listeners = new Map<string, Set<Listener>>();
  let started = false;

  const dispatch = (block: string) => {
    let event = '';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (!event || !data) return;
    const payload = JSON.parse(data) as unknown;
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  const connect = async (): Promise<void> => {
    try {
      const response = await fetch('/api/events', { method: 'POST', headers: { Authorization: `Bearer ${token ?? ''}` } });
      if (!response.ok || !response.body) return;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let index: number;
        while ((index = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, index));
          buffer = buffer.slice(index + 2);
        }
      }
    } catch {
      // Dropped: retry below.
    }
    setTimeout(() => void connect(), 2000);
  };

  return (event, listener) => {
    if (!started) {
      started = true;
      void connect();
    }
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  };
}
