import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

const marked = (parts: { text: string; changed: boolean }[]) => parts.map((p) => (p.changed ? `[${p.text}]` : p.text)).join('');

describe('wordDiff', () => {
  it('marks removed words in the original and added words in the suggestion', () => {
    const { before, after } = wordDiff('Built data pipelines in Python', 'Built reliable data pipelines in Python and dbt');
    expect(marked(before)).toBe('Built data pipelines in Python');
    expect(marked(after)).toBe('Built [reliable ]data pipelines in Python[ and dbt]');
  });

  it('handles a rewrite and identical text', () => {
    const rewrite = wordDiff('Engineer who likes data.', 'Data engineer who likes mentoring.');
    expect(rewrite.after.filter((p) => p.changed).map((p) => p.text.trim())).toEqual(['Data engineer', 'mentoring.']);
    expect(rewrite.before.filter((p) => p.changed).map((p) => p.text.trim())).toEqual(['Engineer', 'data.']);
    expect(wordDiff('Same text', 'Same text').after).toEqual([{ text: 'Same text', changed: false }]);
    expect(wordDiff('', 'New').after).toEqual([{ text: 'New', changed: true }]);
  });
});
