/**
 * Applies the theme preference as `data-theme` on <html>. 'system' follows the OS live. The last
 * resolved preference is remembered locally so the first paint matches (no inline script is
 * allowed by the CSP, so main.tsx applies it before React renders).
 */
import type { ThemePreference } from '../../../src-preload/contract';

const KEY = 'pathwise.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(preference: ThemePreference, systemDark: boolean): 'light' | 'dark' {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

export function applyTheme(preference: ThemePreference): void {
  const theme = resolveTheme(preference, systemPrefersDark());
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
  try {
    localStorage.setItem(KEY, preference);
  } catch {
    // Storage can be unavailable; the theme still applies for this session.
  }
}

export function rememberedTheme(): ThemePreference {
  try {
    const value = localStorage.getItem(KEY);
    if (value === 'light' || value === 'dark' || value === 'system') return value;
  } catch {
    // Fall through to the OS preference.
  }
  return 'system';
}

/** Calls back when the OS switches between light and dark; returns the unsubscribe function. */
export function onSystemThemeChange(callback: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', callback);
  return () => query.removeEventListener('change', callback);
}
