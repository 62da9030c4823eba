/**
 * Local models through the dispatcher: catalog and installed models with fit verdicts for a fixed
 * machine, a download from a real server on 127.0.0.1 with progress events, ledger entries and
 * cancel by task id, adding a .gguf from disk, and the won't-fit guard on the active model.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogModel } from '../../src-main/core/models';
import type { InstalledModelView } from '../../src-preload/contract';
import { tempDir } from '../helpers/temp-dir';
import { buildTinyLlamaGguf, writeTinyLlamaGguf } from '../helpers/tiny-gguf';
import { startScriptedServer, tick, type Handler, type ScriptedServer } from '../llm/scripted-server';
import { aiHarness, type AiHarness } from './ai-helpers';

const GB = 1024 ** 3;
const TINY = buildTinyLlamaGguf();
const TINY_SHA = crypto.createHash('sha256').update(TINY).digest('hex');

let server: ScriptedServer;
let h: AiHarness;

function catalog(url: string): CatalogModel[] {
  const base = { kind: 'chat' as const, verified: true, licence: 'MIT', contextLength: 2048, vramBytes: 1, notes: 'test' };
  return [
    {
      ...base,
      id: 'tiny-test',
      name: 'Tiny test',
      fileName: 'tiny-test.gguf',
      url: `${url}/tiny.gguf`,
      sizeBytes: TINY.length,
      sha256: TINY_SHA,
      ramBytes: 200 * 1024 ** 2,
      vramBytes: 200 * 1024 ** 2,
    },
    {
      ...base,
      id: 'roomy',
      name: 'Roomy',
      fileName: 'roomy.gguf',
      url: `${url}/roomy.gguf`,
      sizeBytes: 8 * GB,
      sha256: null,
      verified: false,
      ramBytes: 11 * GB,
    },
    {
      ...base,
      id: 'huge',
      name: 'Huge',
      fileName: 'huge.gguf',
      url: `${url}/huge.gguf`,
      sizeBytes: 40 * GB,
      sha256: null,
      verified: false,
      ramBytes: 48 * GB,
    },
  ];
}

/** Serves `data` in 16 KB pieces with a pause between them. */
function serve(data: Buffer, pauseMs = 1): Handler {
  return async (_req, res) => {
    res.writeHead(200, { 'Content-Length': data.length, 'Content-Type': 'application/octet-stream' });
    for (let at = 0; at < data.length; at += 16 * 1024) {
      if (res.destroyed) return;
      res.write(data.subarray(at, at + 16 * 1024));
      await tick(pauseMs);
    }
    res.end();
  };
}

beforeEach(async () => {
  server = await startScriptedServer();
  h = await aiHarness({ catalog: catalog(server.url) });
});
afterEach(async () => {
  await h.services.dispose();
  await server.close();
});

describe('models through the dispatcher', () => {
  it('lists the catalog with fit verdicts for this machine', async () => {
    const overview = await h.call('models:list');
    expect(overview.machine).toEqual({ ramBytes: 16 * GB, freeRamBytes: 10 * GB, vramBytes: 0, gpu: false });
    expect(overview.installed).toEqual([]);
    expect(overview.activeModelId).toBeNull();
    const verdicts = Object.fromEntries(overview.catalog.map((m) => [m.id, m.fit?.verdict]));
    expect(verdicts).toEqual({ 'tiny-test': 'fits', roomy: 'tight', huge: 'wont-fit' });
    expect(overview.catalog.find((m) => m.id === 'huge')!.fit!.reason).toMatch(/Needs about 48\.0 GB/);
  });

  it('downloads a catalog model with progress events and a ledger entry, then makes it active', async () => {
    server.script(serve(TINY));
    const { taskId } = await h.call('models:pull', { id: 'tiny-test' });
    // A second pull of the same model joins the running task.
    expect(await h.call('models:pull', { id: 'tiny-test' })).toEqual({ taskId });
    const outcome = await h.waitForTask(taskId);
    expect(outcome.item).toMatchObject({ ok: true });
    const installed = (outcome.item as { ok: true; value: InstalledModelView }).value;
    expect(installed).toMatchObject({
      id: 'tiny-test',
      verified: true,
      sha256: TINY_SHA,
      sizeBytes: TINY.length,
      fit: { verdict: 'fits' },
    });
    const progress = outcome.events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ done: TINY.length, total: TINY.length, message: expect.stringMatching(/KB of .* · .*\/s$/) });

    const ledger = await h.call('ledger:list');
    expect(ledger).toEqual([expect.objectContaining({ host: server.host, feature: 'model-download', bytesIn: expect.any(Number) })]);
    expect(ledger[0]!.bytesIn).toBeGreaterThanOrEqual(TINY.length);

    const settings = await h.call('models:setActive', { id: 'tiny-test' });
    expect(settings.activeModelId).toBe('tiny-test');
    const status = await h.call('ai:status');
    expect(status[0]).toMatchObject({ effective: 'local', label: 'Local · Tiny test' });
    expect((await h.call('models:list')).installed).toEqual([expect.objectContaining({ id: 'tiny-test', active: true })]);

    expect(await h.call('models:remove', { id: 'tiny-test' })).toEqual({ removed: true });
    expect((await h.call('ai:getSettings')).activeModelId).toBeNull();
    expect((await h.call('ai:status'))[0]).toMatchObject({ effective: 'offline' });
  });

  it('cancels a download by task id, leaving no complete-looking file', async () => {
    const big = Buffer.concat([TINY, crypto.randomBytes(4 * 1024 * 1024)]);
    server.script(serve(big, 20));
    const { taskId } = await h.call('models:pull', { id: 'roomy' });
    while (
      !h.events.some(
        (e) =>
          e.channel === 'task:event' &&
          (e.payload as { taskId: string; type: string }).taskId === taskId &&
          (e.payload as { type: string }).type === 'progress',
      )
    ) {
      await tick(20);
    }
    expect((await h.call('models:list')).catalog.find((m) => m.id === 'roomy')!.downloadTaskId).toBe(taskId);
    expect(await h.call('task:cancel', { taskId })).toEqual({ cancelled: true });
    const outcome = await h.waitForTask(taskId);
    expect(outcome.cancelled).toBe(true);
    expect(outcome.item).toBeNull();
    const files = fs.readdirSync(path.join(h.dataDir, 'models'));
    expect(files).not.toContain('roomy.gguf');
    expect(files).toContain('roomy.gguf.part');
    const after = (await h.call('models:list')).catalog.find((m) => m.id === 'roomy')!;
    expect(after.partialBytes).toBeGreaterThan(0);
    expect(after.downloadTaskId).toBeNull();
  });

  it('reports a failed download as the task result', async () => {
    server.script((_req, res) => void res.writeHead(404).end('missing'));
    const { taskId } = await h.call('models:pull', { id: 'tiny-test' });
    expect((await h.waitForTask(taskId)).item).toMatchObject({ ok: false, error: { code: 'download-failed' } });
    expect(await h.result('models:pull', { id: 'no-such-model' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it("adds a .gguf from disk and refuses to activate a model that won't fit unless overridden", async () => {
    const source = writeTinyLlamaGguf(tempDir(), 'My Tiny.gguf');
    const { taskId } = await h.call('models:addFromDisk', { path: source });
    const outcome = await h.waitForTask(taskId);
    const added = (outcome.item as { ok: true; value: InstalledModelView }).value;
    expect(added).toMatchObject({ source: 'disk', verified: false, kind: 'unknown', sizeBytes: TINY.length });

    h.machine.current = { totalRamBytes: 64 * 1024 ** 2, freeRamBytes: 32 * 1024 ** 2, vramBytes: 0, gpu: false };
    expect((await h.call('models:list')).installed[0]!.fit!.verdict).toBe('wont-fit');
    expect(await h.result('models:setActive', { id: added.id })).toMatchObject({ ok: false, error: { code: 'model-too-large' } });
    expect((await h.call('ai:getSettings')).activeModelId).toBeNull();
    expect(await h.call('models:setActive', { id: added.id, allowWontFit: true })).toMatchObject({
      activeModelId: added.id,
      allowWontFit: true,
    });
    expect(await h.call('models:setActive', { id: null })).toMatchObject({ activeModelId: null, allowWontFit: false });

    const bad = path.join(tempDir(), 'broken.gguf');
    fs.writeFileSync(bad, 'not a model');
    const failed = await h.waitForTask((await h.call('models:addFromDisk', { path: bad })).taskId);
    expect(failed.item).toMatchObject({ ok: false, error: { code: expect.stringMatching(/model-invalid|no-model/) } });
  });
});
