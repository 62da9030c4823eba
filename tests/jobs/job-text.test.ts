import { describe, expect, it } from 'vitest';
import { jaccard, shingles } from '../../src-main/core/matching/shingles';
import { indexText, normalizeForIndex, normalizeText, urlKey } from '../../src-main/core/matching/text';

/** normalizeForIndex as first written (one Unicode pattern over the whole text): the oracle for the fast paths. */
function slowNormalize(text: string): string {
  const normalized = /[^\x20-\x7e\t\n\r]/.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase() : text.toLowerCase();
  return normalized.replace(/(^|[^\p{L}\p{N}])(?:([a-z])(\+\+|#)|\.net\b)/gu, (_m, pre: string, letter: string | undefined, op: string | undefined) =>
    letter ? `${pre}${letter}${op === '#' ? 'sharp' : 'plusplus'}` : `${pre}dotnet`,
  );
}

/** urlKey through the URL parser only: the oracle for the plain-URL fast path. */
function parserUrlKey(url: string): string | null {
  try {
    const u = new URL(url.trim());
    const params = [...u.searchParams].filter(([k]) => !/^(utm_|gh_src|gh_jid$|source$|ref$|src$|lever-|trk)/i.test(k)).sort(([x], [y]) => (x < y ? -1 : 1));
    const query = params.length ? '?' + params.map(([k, v]) => `${k}=${v}`).join('&') : '';
    return `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${query}`;
  } catch {
    return normalizeText(url.trim()).replace(/\/+$/, '') || null;
  }
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('index text', () => {
  it('normalizes C++, C#, F# and .NET forms exactly as the Unicode pattern does', () => {
    const next = random(7);
    const pieces = ['a', 'c', 'f', 'n', 'e', 't', 'C', 'N', 'E', 'T', '.', '+', '#', ' ', '5', '_', '-', '\n', '.net', 'c++', 'c#', '.NET', 'é', 'ﬁ'];
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let k = 1 + Math.floor(next() * 14); k > 0; k--) s += pieces[Math.floor(next() * pieces.length)];
      expect(normalizeForIndex(s), JSON.stringify(s)).toBe(slowNormalize(s));
    }
    expect(normalizeForIndex('Senior C++/C# dev, .NET & F#; ASP.NET, node.js')).toBe('senior cplusplus/csharp dev, dotnet & fsharp; asp.net, node.js');
  });

  it('keeps plain ASCII text as it is for FTS (the tokenizer folds its case) and normalizes the rest', () => {
    expect(indexText('Build Spark Pipelines.')).toBe('Build Spark Pipelines.');
    expect(indexText('Résumé, C++ and .NET')).toBe('resume, cplusplus and dotnet');
    for (const s of ['Tab\there', 'x.netting', 'a+b', 'ＡＢＣ', 'ctrl\u0001']) {
      const out = indexText(s);
      expect(out === s ? out.toLowerCase() : out).toBe(slowNormalize(s));
    }
  });
});

describe('urlKey', () => {
  it('gives what the URL parser gives, with or without the plain-URL shortcut', () => {
    const hosts = ['x.com', 'WWW.Example.COM', 'www.com', 'localhost', 'a-b.c-d.org', '1.2.3.4', '0x7f.1', 'foo.123', 'xn--nxasmq6b.com', 'a..b', 'a_b.com'];
    const paths = ['', '/', '//', '/a/', '/A/B/c', '/./a', '/a/..', '/a/../b', '/.a/..b/...', '/a%20b', '/é', '/a\\b', '/a?utm_source=x&b=1', '/a#f'];
    for (const prefix of ['https://', 'http://', 'HTTPS://', 'ftp://', ' https://']) {
      for (const host of hosts) for (const path of paths) for (const url of [prefix + host + path, prefix + host + ':8080' + path, `${prefix}${host}${path}\t`]) {
        expect(urlKey(url), url).toBe(parserUrlKey(url));
      }
    }
  });
});

describe('shingles', () => {
  it('are case-insensitive for plain ASCII and give 1 for the same words', () => {
    const a = shingles('build spark pipelines in python for the data team');
    expect(jaccard(a, shingles('Build  Spark pipelines, in Python for the DATA team.'))).toBe(1);
    expect(jaccard(a, shingles('build spark pipelines in rust for the data team'))).toBeLessThan(0.8);
    // Text with non-ASCII characters takes the Unicode word split; the words hash the same.
    expect(jaccard(shingles('build spark pipelines in python — data team'), shingles('build spark pipelines in python - data team'))).toBe(1);
    expect(jaccard(shingles(normalizeForIndex('Résumé écrit à la main')), shingles('resume ecrit a la main'))).toBe(1);
    expect(jaccard(shingles(''), shingles(''))).toBe(1);
  });
});
