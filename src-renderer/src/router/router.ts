/**
 * A tiny hash router. The location is read lazily (at render time, never at import time) because
 * in browser mode `api/index.ts` first swaps the one-time `#token=…` fragment for `#/`.
 */
import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

function currentHash(): string {
  return window.location.hash;
}

/** The current route; re-renders on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '#/');
  return parseRoute(hash);
}

/** Goes to a path such as `/resumes/3` (or `#/resumes/3`). */
export function navigate(path: string): void {
  const target = path.startsWith('#') ? path : `#${path.startsWith('/') ? path : `/${path}`}`;
  if (window.location.hash !== target) window.location.hash = target;
}
