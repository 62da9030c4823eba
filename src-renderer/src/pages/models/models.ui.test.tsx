// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as apiModule from '../../api';
import { App } from '../../App';
import { connectStore, resetStore } from '../../stores';
import { installFakeAi, type FakeAiWorld } from '../../test/fake-ai';
import { click, go, installShell, mainOf, mount, text, type, until, type Mounted } from '../../test/ui';

vi.mock('../../api', async () => (await import('../../test/ui')).mockApi());

const main = mainOf(apiModule);
connectStore();
let ai: FakeAiWorld;
let ui: Mounted;

beforeEach(async () => {
  installShell(main);
  ai = installFakeAi(main);
  resetStore();
  main.calls.length = 0;
  await go('#/models');
  ui = await mount(<App />);
  await until(() => ui.all('catalog-model').length === 3);
});
afterEach(() => ui.unmount());

describe('the AI models page', () => {
  it('is in the sidebar and shows the machine and each model’s fit with the reason', async () => {
    expect(document.querySelector('h1')?.textContent).toBe('AI models');
    expect(ui.q('nav-models')?.getAttribute('aria-current')).toBe('page');
    expect(text(ui.q('machine-ram'))).toContain('16 GB');
    expect(text(ui.q('machine-gpu'))).toBe('Vulkan');
    const fits = ui.all('catalog-model').map((row) => text(row.querySelector('[data-testid="model-fit"]')));
    expect(fits[0]).toContain('Fits');
    expect(fits[1]).toContain('Tight');
    expect(fits[2]).toContain('Won’t fit');
    expect(fits[2]).toContain('Needs more memory than this computer has free.');
    expect(text(ui.all('catalog-model')[0]!)).toContain('Checksum not yet recorded');
    expect(text(ui.all('catalog-model')[1]!)).toContain('Checksum recorded');
  });

  it('downloads with a progress bar and the speed, can cancel, and then lists the model', async () => {
    ai.hold = true;
    await click(ui.all('model-download')[0]);
    await until(() => text(ui.q('model-progress')).includes('12 MB/s'));
    expect(ui.q('model-progress')?.querySelector('[role="progressbar"]')).not.toBeNull();
    await click(ui.q('model-download-cancel'));
    await until(() => text(ui.q('model-progress')).includes('Cancelled'));

    ai.hold = false;
    await click(ui.all('model-download')[0]);
    await until(() => ui.all('installed-model').length === 1);
    await click(ui.q('model-use'));
    await until(() => ui.q('model-active') !== null);
    expect(ai.settings.activeModelId).toBe('qwen2.5-1.5b-instruct-q4_k_m');
  });

  it('asks before loading a model that will not fit, and before removing one', async () => {
    await click(ui.all('model-download')[2]);
    await until(() => ui.all('installed-model').length === 1);
    await click(ui.q('model-use'));
    await until(() => ui.q('confirm-action') !== null);
    expect(text(document.querySelector('.dialog'))).toContain('Load Qwen2.5 14B Instruct (Q4_K_M) anyway?');
    await click(ui.q('confirm-action'));
    await until(() => ui.q('model-active') !== null);
    expect(ai.settings).toMatchObject({ activeModelId: 'qwen2.5-14b-instruct-q4_k_m', allowWontFit: true });

    await click(ui.q('model-remove'));
    await click(ui.q('confirm-action'));
    await until(() => ui.all('installed-model').length === 0);
  });

  it('adds a .gguf from a typed path and explains a wrong one', async () => {
    await type(ui.q('model-path'), '/home/ada/notes.txt');
    await click(ui.q('model-add-disk'));
    expect(text(document.querySelector('.add-from-disk [role="alert"]'))).toContain('Choose a .gguf model file');
    expect(main.calls.some((c) => c.channel === 'models:addFromDisk')).toBe(false);
    await type(ui.q('model-path'), '/home/ada/Phi-3.gguf');
    await click(ui.q('model-add-disk'));
    await until(() => text(ui.q('model-disk-progress')).includes('Added Phi-3.gguf.'));
    await until(() => ui.all('installed-model').length === 1);
  });
});
