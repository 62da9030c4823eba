import { describe, expect, it } from 'vitest';
import { formatBytes, formatPartialDate, formatRelative } from './format';
import { scoreBand } from './score';

describe('format', () => {
  it('formats sizes for people', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
  });

  it('formats times relative to now', () => {
    const now = Date.parse('2025-06-01T12:00:00Z');
    expect(formatRelative('2025-06-01T11:59:50Z', now)).toBe('just now');
    expect(formatRelative('2025-06-01T11:55:00Z', now)).toMatch(/5 minutes ago/);
    expect(formatRelative('2025-05-29T12:00:00Z', now)).toMatch(/3 days ago/);
    expect(formatRelative('not a date', now)).toBe('not a date');
  });

  it('formats JSON Resume partial dates', () => {
    expect(formatPartialDate('2021')).toBe('2021');
    expect(formatPartialDate('2021-03')).toMatch(/2021/);
    expect(formatPartialDate('Spring 2020')).toBe('Spring 2020');
  });

  it('bands scores', () => {
    expect([null, 10, 55, 75, 95].map(scoreBand)).toEqual(['none', 'low', 'fair', 'good', 'great']);
  });
});
