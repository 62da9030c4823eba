import type { PathwiseApi } from './contract/client';

declare global {
  interface Window {
    /** Present in the desktop app (preload); absent in browser mode, where the bridge is used. */
    api?: PathwiseApi;
  }
}

export {};
