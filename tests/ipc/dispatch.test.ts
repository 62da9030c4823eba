import { describe, expect, it, vi } from 'vitest';
import { AppFailure, CHANNEL_NAMES } from '../../src-preload/contract';
import { buildHandlers } from '../../src-main/ipc/handlers';
import { createDispatcher, type Handlers } from '../../src-main/ipc/dispatch';
import { createSenderCheck, registerIpcHandlers, type IpcMainLike, type InvokeEventLike } from '../../src-main/ipc/register';
import { testServices } from '../helpers/services';

/** Stands in for Electron's ipcMain (the binary cannot run here): same handle/removeHandler shape. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  invoke(channel: string, event: InvokeEventLike, input?: unknown) {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, input);
  }
}

const APP_URL = 'file:///opt/pathwise/out/renderer/index.html';
const trusted: InvokeEventLike = { senderFrame: { url: APP_URL, parent: null } };
const isAppUrl = (url: string) => url === APP_URL;

describe('dispatch and IPC registration (E-4)', () => {
  it('registers exactly one handler per contract channel and removes them all', async () => {
    const services = await testServices();
    const ipc = new FakeIpcMain();
    const unregister = registerIpcHandlers(ipc, createDispatcher(buildHandlers(services)), createSenderCheck(isAppUrl));
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
    await services.dispose();
  });

  it('answers a valid call from the app page with a plain-JSON result', async () => {
    const services = await testServices();
    const ipc = new FakeIpcMain();
    registerIpcHandlers(ipc, createDispatcher(buildHandlers(services)), createSenderCheck(isAppUrl));
    const result = await ipc.invoke('settings:update', trusted, { theme: 'light' });
    expect(result).toEqual({ ok: true, value: { theme: 'light' } });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    await services.dispose();
  });

  it('refuses wrong frames, foreign pages and invalid payloads with no side effect', async () => {
    const services = await testServices();
    const ipc = new FakeIpcMain();
    registerIpcHandlers(ipc, createDispatcher(buildHandlers(services)), createSenderCheck(isAppUrl));
    const subframe: InvokeEventLike = { senderFrame: { url: APP_URL, parent: {} } };
    const foreign: InvokeEventLike = { senderFrame: { url: 'https://evil.example/', parent: null } };
    const gone: InvokeEventLike = { senderFrame: null };
    for (const event of [subframe, foreign, gone]) {
      expect(await ipc.invoke('settings:update', event, { theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await ipc.invoke('settings:update', trusted, { theme: 'purple' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await ipc.invoke('settings:update', trusted, { theme: 'dark', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await services.settings.get()).toEqual({ theme: 'system' });
    await services.dispose();
  });

  it('maps thrown errors to codes and hides unexpected ones', async () => {
    const logger = { error: vi.fn() };
    const handlers = {
      'resumes:get': () => {
        throw new AppFailure('not-found', 'That resume no longer exists.');
      },
      'app:info': () => {
        throw new Error('secret internal detail /home/me/x');
      },
    } as unknown as Handlers;
    const dispatch = createDispatcher(handlers, logger);
    expect(await dispatch('resumes:get', { id: 3 })).toEqual({ ok: false, error: { code: 'not-found', message: 'That resume no longer exists.' } });
    const internal = await dispatch('app:info', undefined);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('secret internal detail');
    expect(logger.error).toHaveBeenCalledOnce();
    expect(await dispatch('nope:channel', undefined)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('__proto__', undefined)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
