/**
 * The ONLY place that calls `ipcMain.handle` (lint-enforced, SECURITY.md E-4). Takes an
 * ipcMain-like object so tests run it without Electron.
 */
import { CHANNEL_NAMES } from '../../src-preload/contract';
import type { Dispatch } from './dispatch';

/** The parts of Electron's IpcMainInvokeEvent we read. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** Only the app's own top-level page may call main: not iframes, not other origins. */
export function createSenderCheck(isAppUrl: (url: string) => boolean) {
  return (event: InvokeEventLike): boolean => {
    const frame = event.senderFrame;
    if (!frame || frame.parent) return false;
    return isAppUrl(frame.url);
  };
}

export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrustedSender: (event: InvokeEventLike) => boolean,
): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'This request did not come from Pathwise.' } };
      }
      return dispatch(channel, input);
    });
  }
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}
