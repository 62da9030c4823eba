/**
 * A word-level diff for tailoring suggestions: the longest common subsequence of words (and the
 * spaces between them), so the original shows what was removed and the suggestion what was added.
 */
export interface DiffPart {
  text: string;
  changed: boolean;
}

const MAX_CELLS = 2_000_000;

const tokens = (text: string) => text.split(/(\s+)/).filter(Boolean);

export function wordDiff(original: string, suggested: string): { before: DiffPart[]; after: DiffPart[] } {
  const a = tokens(original);
  const b = tokens(suggested);
  if (a.length * b.length > MAX_CELLS) {
    return { before: [{ text: original, changed: true }], after: [{ text: suggested, changed: true }] };
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const before: DiffPart[] = [];
  const after: DiffPart[] = [];
  const push = (list: DiffPart[], text: string, changed: boolean) => {
    const last = list[list.length - 1];
    // Whitespace between two changed words stays inside the highlight.
    if (last && (last.changed === changed || (/^\s+$/.test(text) && last.changed))) last.text += text;
    else list.push({ text, changed });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(before, a[i]!, false);
      push(after, b[j]!, false);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) push(before, a[i++]!, true);
    else push(after, b[j++]!, true);
  }
  while (i < a.length) push(before, a[i++]!, true);
  while (j < b.length) push(after, b[j++]!, true);
  return { before, after };
}
