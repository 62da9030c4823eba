import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeProcessExtractor } from '../../src-main/adapters/documents';
import type { Services } from '../../src-main/services';
import type { TaskEvent } from '../../src-preload/contract';
import * as fx from '../fixtures/generate';
import { testServices } from '../helpers/services';

let services: Services;

beforeEach(async () => {
  // The real extraction worker, forked from the TypeScript sources.
  services = await testServices(createNodeProcessExtractor(path.join(__dirname, '../../src-main/adapters/documents/extract-worker.ts')));
});

afterEach(async () => {
  await services.dispose();
});

function runImport(files: { name: string; data: Buffer }[]): Promise<TaskEvent[]> {
  return new Promise((resolve) => {
    const events: TaskEvent[] = [];
    let taskId = '';
    services.events.add({
      emit: (channel, payload) => {
        if (channel !== 'task:event') return;
        const event = payload as TaskEvent;
        events.push(event);
        if (event.type === 'finished' && event.taskId === taskId) resolve(events);
      },
    });
    taskId = services.resumes.startImport(files.map((f) => ({ name: f.name, dataBase64: f.data.toString('base64') }))).taskId;
  });
}

describe('resume import service', () => {
  it('imports several files with progress, keeps originals by hash, and recognises a re-import', async () => {
    const pdf = await fx.onePagePdf();
    const events = await runImport([
      { name: 'alex-martin.pdf', data: pdf },
      { name: 'sam.md', data: Buffer.from(fx.MARKDOWN_RESUME) },
      { name: 'scan.pdf', data: await fx.imageOnlyPdf() },
      { name: 'again.pdf', data: pdf },
    ]);
    const items = events.filter((e) => e.type === 'item');
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({ result: { ok: true, value: { duplicate: false } } });
    expect(items[1]).toMatchObject({ result: { ok: true, value: { duplicate: false } } });
    expect(items[2]).toMatchObject({ result: { ok: false, error: { code: 'no-text-layer' } } });
    expect(items[3]).toMatchObject({ result: { ok: true, value: { duplicate: true } } });
    expect(events.filter((e) => e.type === 'progress').length).toBeGreaterThanOrEqual(4);

    const list = await services.resumes.list();
    expect(list).toHaveLength(2);
    expect(list.filter((r) => r.isPrimary)).toHaveLength(1);
    const stored = fs.readdirSync(services.paths.files, { recursive: true }).filter((f) => String(f).length > 60);
    expect(stored).toHaveLength(2);

    const detail = await services.resumes.get(list.find((r) => r.fileName === 'alex-martin.pdf')!.id);
    expect(detail.profile.basics?.name).toBe('Alex Martin');
    expect(detail.analysis.score).toBeGreaterThan(0);
    expect(detail.pages[0]!.lines.length).toBeGreaterThan(10);
    const original = await services.resumes.original(detail.id);
    expect(Buffer.from(original.dataBase64, 'base64').equals(pdf)).toBe(true);
  });

  it('keeps corrections through re-analysis and updates the score', async () => {
    await runImport([{ name: 'alex.pdf', data: await fx.onePagePdf() }]);
    const [summary] = await services.resumes.list();
    const corrected = await services.resumes.correct(summary!.id, 'basics.phone', '+33 7 00 00 00 01');
    expect(corrected.profile.basics?.phone).toBe('+33 7 00 00 00 01');
    expect(corrected.corrections).toEqual({ 'basics.phone': '+33 7 00 00 00 01' });
    const again = await services.resumes.reanalyze(summary!.id);
    expect(again.profile.basics?.phone).toBe('+33 7 00 00 00 01');
    const removed = await services.resumes.correct(summary!.id, 'basics.email', null);
    expect(removed.profile.basics?.email).toBeUndefined();
    const contact = removed.analysis.checks.find((c) => c.category === 'contact')!;
    expect(contact.result).toBeLessThan(1);
  });

  it('moves primary on delete and removes the orphaned original', async () => {
    await runImport([
      { name: 'one.pdf', data: await fx.onePagePdf() },
      { name: 'two.md', data: Buffer.from(fx.MARKDOWN_RESUME) },
    ]);
    const [first, second] = await services.resumes.list();
    const primary = [first!, second!].find((r) => r.isPrimary)!;
    const other = [first!, second!].find((r) => !r.isPrimary)!;
    await services.resumes.delete(primary.id);
    const after = await services.resumes.list();
    expect(after).toEqual([expect.objectContaining({ id: other.id, isPrimary: true })]);
    expect(fs.readdirSync(services.paths.files, { recursive: true }).filter((f) => String(f).length > 60)).toHaveLength(1);
    await expect(services.resumes.get(primary.id)).rejects.toMatchObject({ code: 'not-found' });
    const summary = await services.dashboard.summary();
    expect(summary).toMatchObject({ resumeCount: 1, primaryResume: { id: other.id } });
  });

  it('saves nothing when a file is refused', async () => {
    const events = await runImport([{ name: 'locked.pdf', data: fx.encryptedPdf() }, { name: 'noise.pdf', data: fx.randomBytes() }]);
    const codes = events.filter((e) => e.type === 'item').map((e) => (e.type === 'item' && !e.result.ok ? e.result.error.code : 'ok'));
    expect(codes).toEqual(['password-protected', 'corrupt']);
    expect(await services.resumes.list()).toEqual([]);
    expect(fs.existsSync(services.paths.files) ? fs.readdirSync(services.paths.files) : []).toEqual([]);
  });
});
