/**
 * Remembers the window's size and position between launches, and never restores it off-screen
 * (a monitor may have been unplugged since).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowState extends WindowBounds {
  maximized: boolean;
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

export function parseWindowState(raw: unknown): WindowState {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_WINDOW_STATE };
  const r = raw as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);
  const width = num(r.width);
  const height = num(r.height);
  if (!width || !height || width < 400 || height < 300) return { ...DEFAULT_WINDOW_STATE };
  const state: WindowState = { width, height, maximized: r.maximized === true };
  const x = num(r.x);
  const y = num(r.y);
  if (x !== undefined && y !== undefined) {
    state.x = x;
    state.y = y;
  }
  return state;
}

/** Keeps the saved bounds only if enough of the window lands on a current display. */
export function fitToDisplays(state: WindowState, displays: DisplayArea[]): WindowState {
  const fitted: WindowState = { ...state };
  const largest = displays.reduce<DisplayArea | null>((a, d) => (!a || d.width * d.height > a.width * a.height ? d : a), null);
  if (largest) {
    fitted.width = Math.min(fitted.width, largest.width);
    fitted.height = Math.min(fitted.height, largest.height);
  }
  if (fitted.x === undefined || fitted.y === undefined) return fitted;
  const visible = displays.some((d) => {
    const overlapX = Math.min(fitted.x! + fitted.width, d.x + d.width) - Math.max(fitted.x!, d.x);
    const overlapY = Math.min(fitted.y! + fitted.height, d.y + d.height) - Math.max(fitted.y!, d.y);
    return overlapX >= 100 && overlapY >= 50;
  });
  if (!visible) {
    delete fitted.x;
    delete fitted.y;
  }
  return fitted;
}

export function loadWindowState(file: string, displays: DisplayArea[]): WindowState {
  let raw: unknown = null;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // First launch or an unreadable file: defaults.
  }
  return fitToDisplays(parseWindowState(raw), displays);
}

export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file);
}
