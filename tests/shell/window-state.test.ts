import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, parseWindowState, saveWindowState } from '../../src-main/shell/window-state';
import { tempDir } from '../helpers/temp-dir';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window state', () => {
  it('round-trips size, position and maximized', () => {
    const file = path.join(tempDir(), 'window-state.json');
    saveWindowState(file, { x: 100, y: 80, width: 1300, height: 900, maximized: true });
    expect(loadWindowState(file, screen)).toEqual({ x: 100, y: 80, width: 1300, height: 900, maximized: true });
  });

  it('falls back to defaults for missing or nonsense state', () => {
    expect(loadWindowState(path.join(tempDir(), 'missing.json'), screen)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState({ width: 'big', height: 10 })).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('never restores a window onto a display that is gone, and shrinks it to fit', () => {
    const offscreen = fitToDisplays({ x: 3000, y: 200, width: 1200, height: 800, maximized: false }, screen);
    expect(offscreen.x).toBeUndefined();
    expect(offscreen.y).toBeUndefined();
    expect(fitToDisplays({ width: 4000, height: 3000, maximized: false }, screen)).toMatchObject({ width: 1920, height: 1080 });
  });
});
