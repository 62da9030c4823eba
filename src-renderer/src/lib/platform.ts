/** The modifier key people expect to see in shortcut hints. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);
export const MOD_LABEL = isMac ? '⌘' : 'Ctrl';
