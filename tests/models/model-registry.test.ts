/**
 * Catalog, GGUF header checks, fit, and the installed-model registry (real files in a temp
 * folder, a real local HTTP server for pulls).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LlmError } from '../../src-main/core/llm/llm-provider';
import {
  assessFit, bundledCatalog, createModelDownloader, createModelRegistry, parseCatalog, readGgufHeader, type CatalogModel, type MachineInfo,
} from '../../src-main/core/models';
import { startScriptedServer, type ScriptedServer } from '../llm/scripted-server';
import { tempDir } from '../helpers/temp-dir';
import { buildTinyLlamaGguf, SHARED_TINY_MODEL, writeTinyLlamaGguf, writeTruncatedGguf } from '../helpers/tiny-gguf';

const GB = 1024 ** 3;
const laptop: MachineInfo = { totalRamBytes: 8 * GB, freeRamBytes: 5 * GB, vramBytes: 0, gpu: false };

describe('catalog', () => {
  it('the bundled catalog is valid, unverified entries carry no invented hash', () => {
    const catalog = bundledCatalog();
    expect(catalog.length).toBeGreaterThanOrEqual(5);
    expect(catalog.length).toBeLessThanOrEqual(8);
    expect(catalog.some((m) => m.kind === 'embedding')).toBe(true);
    for (const model of catalog) {
      expect(model.url).toMatch(/^https:\/\/huggingface\.co\/.+\/resolve\/main\/.+\.gguf$/);
      expect(model.url.endsWith(model.fileName)).toBe(true);
      if (!model.verified) expect(model.sha256).toBeNull();
    }
  });

  it('rejects a verified entry without a hash', () => {
    const entry = { ...bundledCatalog()[0]!, verified: true, sha256: null };
    expect(() => parseCatalog({ version: 1, models: [entry] })).toThrow(/verified without a sha256/);
  });
});

describe('GGUF header check', () => {
  it('reads a valid file', async () => {
    const summary = await readGgufHeader(writeTinyLlamaGguf(tempDir()));
    expect(summary).toMatchObject({ version: 3, architecture: 'llama', name: 'pathwise-tiny-random', contextLength: 2048, tensorCount: 12, tokenizerModel: 'llama' });
    expect(summary.tensorBytes).toBeGreaterThan(0);
  });

  it.skipIf(!fs.existsSync(SHARED_TINY_MODEL))('reads the shared reference model', async () => {
    expect(await readGgufHeader(SHARED_TINY_MODEL)).toMatchObject({ version: 3, tensorCount: 12, architecture: 'llama', contextLength: 4096, vocabularySize: 32000 });
  });

  it('rejects truncation at every cut point, bad magic and bad versions with model-invalid', async () => {
    const dir = tempDir();
    const full = buildTinyLlamaGguf();
    for (const cut of [0, 3, 10, 23, 100, 5000, full.length - 1]) {
      const file = path.join(dir, `cut-${cut}.gguf`);
      fs.writeFileSync(file, full.subarray(0, cut));
      const error = await readGgufHeader(file).catch((e: unknown) => e);
      expect(error, `cut at ${cut}`).toBeInstanceOf(LlmError);
      expect((error as LlmError).code).toBe('model-invalid');
    }
    expect(((await readGgufHeader(writeTruncatedGguf(dir)).catch((e: unknown) => e)) as Error).message).toMatch(/truncated/);
    const wrongVersion = Buffer.from(full);
    wrongVersion.writeUInt32LE(99, 4);
    fs.writeFileSync(path.join(dir, 'v99.gguf'), wrongVersion);
    expect(((await readGgufHeader(path.join(dir, 'v99.gguf')).catch((e: unknown) => e)) as Error).message).toMatch(/version 99 is not supported/);
    const hugeString = Buffer.from(full);
    hugeString.writeBigUInt64LE(2n ** 50n, 24); // first key's length
    fs.writeFileSync(path.join(dir, 'huge.gguf'), hugeString);
    expect(((await readGgufHeader(path.join(dir, 'huge.gguf')).catch((e: unknown) => e)) as LlmError).code).toBe('model-invalid');
  });
});

describe('fit', () => {
  const model = (ramBytes: number) => ({ ramBytes, vramBytes: ramBytes });
  it('fits, tight, wont-fit with reasons', () => {
    expect(assessFit(model(1.6e9), laptop)).toMatchObject({ verdict: 'fits', placement: 'cpu' });
    expect(assessFit(model(5.6e9), laptop).verdict).toBe('tight');
    expect(assessFit(model(5.6e9), laptop).reason).toMatch(/only 5\.0 GB is free/);
    expect(assessFit(model(5.25e9), laptop).reason).toMatch(/it will run, but/);
    expect(assessFit(model(9e9), laptop)).toMatchObject({ verdict: 'wont-fit' });
    expect(assessFit(model(9e9), { ...laptop, gpu: 'cuda', vramBytes: 12 * GB })).toMatchObject({ verdict: 'fits', placement: 'gpu' });
  });
});

describe('model registry', () => {
  let server: ScriptedServer;
  let dir: string;
  const file = buildTinyLlamaGguf();
  const sha = crypto.createHash('sha256').update(file).digest('hex');

  beforeEach(async () => {
    server = await startScriptedServer();
    server.script((req, res) => {
      if (req.url?.includes('not-a-model')) return void res.writeHead(200).end('<html>not a model</html>');
      res.writeHead(200, { 'Content-Length': file.length }).end(file);
    });
    dir = path.join(tempDir(), 'models');
  });
  afterEach(async () => server.close());

  function registry(overrides: Partial<CatalogModel> = {}) {
    const entry: CatalogModel = {
      ...bundledCatalog()[0]!, id: 'tiny', name: 'Tiny', fileName: 'tiny.gguf', url: `${server.url}/tiny.gguf`, sizeBytes: file.length, ramBytes: 1e8, vramBytes: 1e8, ...overrides,
    };
    const downloader = createModelDownloader({ fetch: (url, init) => fetch(url, init), userAgent: 'test', sleep: async () => undefined });
    return createModelRegistry({ modelsDir: dir, catalog: [entry], downloader });
  }

  it('pulls a catalog model: unverified without a recorded hash, verified with one', async () => {
    const unverified = await registry().pull('tiny');
    expect(unverified).toMatchObject({ id: 'tiny', source: 'catalog', verified: false, sha256: sha, sizeBytes: file.length });
    const reg = registry({ sha256: sha, verified: true });
    reg.remove('tiny');
    expect(reg.list()).toEqual([]);
    expect(await reg.pull('tiny')).toMatchObject({ verified: true });
    expect(reg.catalogStatus(laptop)[0]).toMatchObject({ installed: true, fit: { verdict: 'fits' } });
  });

  it('refuses a download that is not a GGUF file', async () => {
    const error = await registry({ url: `${server.url}/not-a-model.gguf` }).pull('tiny').catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe('invalid-file');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('adds a .gguf from disk with progress, lists it, and removes it', async () => {
    const source = writeTinyLlamaGguf(tempDir(), 'My Model.gguf');
    const progress: number[] = [];
    const reg = registry();
    const added = await reg.addFromDisk(source, { onProgress: (p) => progress.push(p.copiedBytes) });
    expect(added).toMatchObject({ id: 'disk-my-model', name: 'pathwise-tiny-random', source: 'disk', verified: false, sha256: sha });
    expect(progress.at(-1)).toBe(file.length);
    expect(fs.existsSync(path.join(dir, 'My Model.gguf'))).toBe(true);
    expect((await reg.addFromDisk(source)).fileName).toBe('My Model-2.gguf');
    expect(reg.list().map((m) => m.id).sort()).toEqual(['disk-my-model', 'disk-my-model-2']);
    reg.remove('disk-my-model');
    expect(reg.list().map((m) => m.id)).toEqual(['disk-my-model-2']);
  });

  it('refuses a corrupt file from disk before copying it', async () => {
    const bad = writeTruncatedGguf(tempDir());
    const error = await registry().addFromDisk(bad).catch((e: unknown) => e);
    expect((error as LlmError).code).toBe('model-invalid');
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
  });

  it('lists a .gguf dropped in by hand as unverified, and guards the load path', async () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'Hand.gguf'), file);
    const reg = registry();
    expect(reg.list()).toEqual([expect.objectContaining({ id: 'disk-hand', verified: false, sha256: null })]);
    expect(reg.prepareLoad('disk-hand', laptop).fit.verdict).toBe('fits');
    const tiny: MachineInfo = { totalRamBytes: 100 * 1024 ** 2, freeRamBytes: 50 * 1024 ** 2, vramBytes: 0, gpu: false };
    expect(() => reg.prepareLoad('disk-hand', tiny)).toThrow(LlmError);
    expect(reg.prepareLoad('disk-hand', tiny, true).fit.verdict).toBe('wont-fit');
  });
});
