/**
 * Helpers for page tests in jsdom: the real App and store over the fake main (the Electron main
 * process cannot run in a unit test, STYLE.md 15). Each test file mocks `src/api` with `mockApi()`.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { expect } from 'vitest';
import type { FakeMain } from './fake-api';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The module that replaces `src/api` (use inside vi.mock's factory). */
export async function mockApi() {
  const { fakeMain } = await import('./fake-api');
  const main = fakeMain();
  return {
    api: main.api,
    isDesktop: false,
    fakeMainForTests: main,
    unwrap: <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    },
    fileToBase64: async (blob: Blob) => btoa(String.fromCharCode(...new Uint8Array(await blob.arrayBuffer()))),
  };
}

export function mainOf(apiModule: unknown): FakeMain {
  return (apiModule as { fakeMainForTests: FakeMain }).fakeMainForTests;
}

/** Empty handlers for what the shell always asks (settings, dashboard, resumes). */
export function installShell(main: FakeMain, primaryResume = true) {
  for (const key of Object.keys(main.handlers)) delete main.handlers[key as keyof FakeMain['handlers']];
  main.handlers['settings:get'] = () => ({ ok: true, value: { theme: 'light' } });
  main.handlers['resumes:list'] = () => ({ ok: true, value: [] });
  main.handlers['dashboard:summary'] = () => ({
    ok: true,
    value: {
      resumeCount: primaryResume ? 1 : 0,
      jobCount: 0,
      primaryResume: primaryResume
        ? { id: 1, title: 'Resume 1', score: 72, topFixes: [], skillCount: 12, updatedAt: '2025-06-01T10:00:00Z' }
        : null,
      recentActivity: [],
    },
  });
  main.handlers['app:openExternal'] = () => ({ ok: true, value: { opened: true } });
}

export interface Mounted {
  container: HTMLDivElement;
  root: Root;
  q: (testId: string) => HTMLElement | null;
  all: (testId: string) => HTMLElement[];
  unmount: () => void;
}

export async function mount(element: React.ReactElement): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return {
    container,
    root,
    q: (id) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`),
    all: (id) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Polls (letting React and timers run) until `check` holds. */
export async function until(check: () => boolean, timeoutMs = 2000) {
  const start = Date.now();
  while (!check() && Date.now() - start < timeoutMs) {
    await act(async () => new Promise((r) => setTimeout(r, 10)));
  }
  expect(check()).toBe(true);
}

export async function type(el: HTMLElement | null, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
  await act(async () => {
    setter.call(el, value);
    el!.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(el: HTMLElement | null | undefined) {
  expect(el).toBeTruthy();
  await act(async () => el!.click());
}

export async function key(el: Element | null, k: string, init: KeyboardEventInit = {}) {
  await act(async () => el!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init })));
}

export async function chooseFiles(input: HTMLElement | null, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => input!.dispatchEvent(new Event('change', { bubbles: true })));
}

export async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    await new Promise((r) => setTimeout(r, 0));
  });
}

export const text = (el: Element | null) => el?.textContent ?? '';
