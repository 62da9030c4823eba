import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMain, flush, type FakeMain } from '../test/fake-api';
import { installFakeAi, type FakeAiWorld } from '../test/fake-ai';
import { connectStoreToEvents, createPathwiseStore, type PathwiseStore } from './create-store';

let main: FakeMain;
let world: FakeAiWorld;
let store: PathwiseStore;
const QWEN = 'qwen2.5-1.5b-instruct-q4_k_m';
const BIG = 'qwen2.5-14b-instruct-q4_k_m';

async function until(check: () => boolean) {
  for (let i = 0; i < 50 && !check(); i++) await flush();
  expect(check()).toBe(true);
}

beforeEach(() => {
  main = fakeMain();
  world = installFakeAi(main);
  const deps = { api: main.api, readFileBase64: async () => '' };
  store = createPathwiseStore(deps);
  connectStoreToEvents(store, deps);
});

describe('models', () => {
  it('lists the machine and the catalog with fit verdicts', async () => {
    await store.getState().loadModels();
    const data = store.getState().models.data!;
    expect(data.machine?.gpu).toBe('vulkan');
    expect(data.catalog.map((c) => c.fit?.verdict)).toEqual(['fits', 'tight', 'wont-fit']);
  });

  it('downloads with progress and the speed message, then lists the model as installed', async () => {
    await store.getState().loadModels();
    world.hold = true;
    await store.getState().pullModel(QWEN);
    await until(() => store.getState().modelDownloads[QWEN]?.message === '280 MB of 1.1 GB · 12 MB/s');
    expect(store.getState().modelDownloads[QWEN]).toMatchObject({ taskId: 'model-1', running: true, total: 1_117_320_736 });
    world.release();
    await until(() => store.getState().modelDownloads[QWEN] === undefined);
    await until(() => store.getState().models.data?.installed.length === 1);
    expect(store.getState().toasts.at(-1)).toMatchObject({ title: 'Model downloaded' });
  });

  it('cancels a download', async () => {
    world.hold = true;
    await store.getState().pullModel(QWEN);
    await store.getState().cancelModelDownload(QWEN);
    expect(main.calls.at(-1)).toEqual({ channel: 'task:cancel', input: { taskId: 'model-1' } });
    await until(() => store.getState().modelDownloads[QWEN]?.running === false);
    expect(store.getState().modelDownloads[QWEN]).toMatchObject({ cancelled: true, message: 'Cancelled' });
    expect(world.installed).toEqual([]);
  });

  it('follows a download that was already running when the page opened', async () => {
    world.catalog[0]!.downloadTaskId = 'model-77';
    world.catalog[0]!.partialBytes = 100;
    await store.getState().loadModels();
    expect(store.getState().modelDownloads[QWEN]).toMatchObject({ taskId: 'model-77', running: true, done: 100 });
    main.emit('task:event', { taskId: 'model-77', kind: 'models:pull', type: 'progress', done: 500, total: 1000, message: 'half' });
    expect(store.getState().modelDownloads[QWEN]).toMatchObject({ done: 500, message: 'half' });
  });

  it('refuses a won’t-fit model unless the person chooses to load it anyway', async () => {
    world.installed.push({
      id: BIG,
      name: 'Big',
      kind: 'chat',
      fileName: 'big.gguf',
      sizeBytes: 1,
      source: 'catalog',
      verified: false,
      sha256: null,
      fit: world.catalog[2]!.fit,
      active: false,
    });
    await store.getState().loadModels();
    await expect(store.getState().setActiveModel(BIG)).rejects.toMatchObject({ error: { code: 'model-too-large' } });
    await store.getState().setActiveModel(BIG, true);
    expect(world.settings).toMatchObject({ activeModelId: BIG, allowWontFit: true });
    expect(store.getState().models.data?.installed[0]?.active).toBe(true);
    await store.getState().removeModel(BIG);
    expect(store.getState().models.data?.installed).toEqual([]);
  });

  it('adds a .gguf from disk and checks the name first', async () => {
    await expect(store.getState().addModelFromDisk('/models/thing.bin')).rejects.toThrow('Choose a .gguf model file.');
    await expect(store.getState().addModelFromDisk('models/x.gguf')).rejects.toThrow('Give the full path to the file.');
    await expect(store.getState().addModelFromDisk('/tmp/broken.gguf')).rejects.toThrow('This file is not a GGUF model.');
    await store.getState().addModelFromDisk(' /home/ada/Phi-3.gguf ');
    await until(() => store.getState().diskImport?.running === false);
    expect(store.getState().diskImport?.added).toMatchObject({ id: 'phi-3', source: 'disk' });
  });
});
