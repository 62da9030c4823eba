/**
 * Word 3-shingles and their Jaccard similarity: how near-identical two postings' texts are
 * (duplicate merging, jobs.repository). Only compared with each other within one import, so the
 * hash is free to change.
 */
import { words } from './text';

/** FNV-1a of one word, ASCII case folded, as the shingle hashes combine them. */
function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  return h;
}

function shingleHash(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ c, 0x27d4eb2f);
  return (h ^ (h >>> 15)) | 0;
}

/** Word hashes of the text being shingled (reused: typed, so the 32-bit hashes stay unboxed). */
let hashes = new Int32Array(1024);

/**
 * Word 3-shingles of normalized text (or of plain ASCII text in any case: see `JobIndexFields`),
 * hashed to 32-bit ints, sorted and distinct (for `jaccard`). ASCII text is split and hashed in
 * one pass without allocating the words.
 */
export function shingles(normalized: string): Int32Array {
  let w = 0;
  let letters = 0;
  const push = (h: number) => {
    if (w === hashes.length) {
      const grown = new Int32Array(w * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[w++] = h;
  };
  if (/[\u0080-\uffff]/.test(normalized)) {
    for (const word of words(normalized)) {
      push(wordHash(word, 0, word.length));
      letters += word.length;
    }
  } else {
    const n = normalized.length;
    let start = -1;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? normalized.charCodeAt(i) : 32;
      const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
      if (word && start < 0) start = i;
      else if (!word && start >= 0) {
        push(wordHash(normalized, start, i));
        letters += i - start;
        start = -1;
      }
    }
  }
  // One or two words: the length of the words joined by a space stands in for the text.
  if (w > 0 && w < 3) return Int32Array.of(letters + w - 1);
  const out = new Int32Array(Math.max(0, w - 2));
  for (let i = 0; i + 2 < w; i++) out[i] = shingleHash(hashes[i]!, hashes[i + 1]!, hashes[i + 2]!);
  out.sort();
  let k = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[k - 1]) out[k++] = out[i]!;
  return out.subarray(0, k);
}

/** Jaccard similarity of two shingle sets (sorted, distinct). */
export function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let inter = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter);
}
