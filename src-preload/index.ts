/**
 * Exposes the contract's named functions as `window.api`, and nothing else: no generic invoke,
 * no ipcRenderer, no Node (SECURITY.md E-3). All logic lives in main.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createApiClient, type PathwiseApi } from './contract/client';
import type { Result } from './contract/result';
import { EVENT_CHANNELS, type EventChannel } from './contract/channel-names';

const api: PathwiseApi = createApiClient(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
  (event: EventChannel, listener) => {
    if (!EVENT_CHANNELS.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
