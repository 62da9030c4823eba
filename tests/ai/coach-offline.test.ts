/**
 * The coach with no model at all, through the dispatcher as the renderer calls it: feedback and
 * cover letters as tasks that finish at once, tailoring, accepting suggestions into a NEW resume
 * version (the original row and file untouched), and saved letters that can be edited (re-checked)
 * and exported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SavedCoverLetter } from '../../src-preload/contract';
import type { FeedbackResult, TailoringResult } from '../../src-preload/contract/coach.types';
import { addSampleJob, aiHarness, importSampleResume, type AiHarness } from './ai-helpers';

let h: AiHarness;
let resumeId: number;
let jobId: number;

beforeEach(async () => {
  h = await aiHarness();
  resumeId = await importSampleResume(h.services);
  jobId = await addSampleJob(h.services);
});
afterEach(async () => h.services.dispose());

/** Tailoring is a task: start it, wait for it to finish, and return item 0's result. */
async function tailor(): Promise<TailoringResult> {
  const { taskId } = await h.call('coach:tailor', { resumeId, jobId });
  const outcome = await h.waitForTask(taskId);
  expect(outcome).toMatchObject({ cancelled: false, item: { ok: true } });
  return (outcome.item as { ok: true; value: TailoringResult }).value;
}

describe('offline coach through the dispatcher', () => {
  it('says every feature runs offline until a model is set up', async () => {
    const settings = await h.call('ai:getSettings');
    expect(settings).toEqual({
      features: { feedback: 'local', tailoring: 'local', coverLetter: 'local' },
      activeModelId: null,
      allowWontFit: false,
    });
    const status = await h.call('ai:status');
    expect(status.map((s) => [s.feature, s.effective, s.note])).toEqual([
      ['feedback', 'offline', 'No local model is set up yet.'],
      ['tailoring', 'offline', 'No local model is set up yet.'],
      ['coverLetter', 'offline', 'No local model is set up yet.'],
    ]);
  });

  it('gives resume feedback as a task that completes with producedBy offline', async () => {
    const { taskId } = await h.call('coach:feedback', { resumeId });
    const outcome = await h.waitForTask(taskId);
    expect(outcome.cancelled).toBe(false);
    expect(outcome.chunks).toEqual([]);
    expect(outcome.item).toMatchObject({ ok: true });
    const feedback = (outcome.item as { ok: true; value: FeedbackResult }).value;
    expect(feedback.producedBy).toBe('offline');
    expect(feedback.narrative).toMatch(/scores \d+\/100/);
    const progress = outcome.events.filter((e) => e.type === 'progress');
    expect(progress[0]).toMatchObject({ message: expect.stringMatching(/no local model/i) });
  });

  it('refuses feedback for a resume that does not exist before starting any task', async () => {
    const out = await h.result('coach:feedback', { resumeId: 999 });
    expect(out).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(h.events.filter((e) => e.channel === 'task:event')).toHaveLength(0);
  });

  it('tailors offline and applies suggestions as a new version, leaving the original byte-identical', async () => {
    const tailoring = await tailor();
    expect(tailoring.producedBy).toBe('offline');
    expect(tailoring.suggestions.length).toBeGreaterThan(0);
    expect(tailoring.suggestions.every((s) => s.grounded)).toBe(true);

    const sqlite = h.services.store.sqlite;
    const rowBefore = sqlite.prepare('SELECT * FROM resumes WHERE id = ?').get(resumeId) as Record<string, unknown>;
    const original = await h.call('resumes:original', { id: resumeId });

    const ids = tailoring.suggestions.map((s) => s.id);
    const version = await h.call('coach:applySuggestions', { resumeId, jobId, suggestionIds: ids, suggestions: tailoring.suggestions });
    expect(version.id).not.toBe(resumeId);
    expect(version.title).toMatch(/\(tailored for Staff Backend Engineer/);
    expect(version.isPrimary).toBe(false);

    const rowAfter = sqlite.prepare('SELECT * FROM resumes WHERE id = ?').get(resumeId) as Record<string, unknown>;
    expect(rowAfter).toEqual(rowBefore);
    expect((await h.call('resumes:original', { id: resumeId })).dataBase64).toBe(original.dataBase64);

    const parent = sqlite.prepare('SELECT parent_id FROM resumes WHERE id = ?').pluck().get(version.id);
    expect(parent).toBe(resumeId);
    const detail = await h.call('resumes:get', { id: version.id });
    const rewrite = tailoring.suggestions.find((s) => s.kind === 'rewrite' && s.target.path.startsWith('work'))!;
    expect(detail.profile.work?.[0]?.highlights).toContain(rewrite.suggested);
    expect(detail.profile.work?.[0]?.highlights).not.toContain(rewrite.original);
    expect(detail.profile.basics?.summary).toBe(tailoring.suggestions.find((s) => s.target.path === 'basics.summary')!.suggested);
    // Accepted reorders moved the Kubernetes bullet to the top of its role.
    expect(detail.profile.work?.[0]?.highlights?.[0]).toMatch(/Kubernetes|Go/);
    expect(detail.analysis.score).toBeGreaterThan(0);
    // Re-analysing the version keeps the tailored text (it is its own JSON Resume source).
    const again = await h.call('resumes:reanalyze', { id: version.id });
    expect(again.profile.work).toEqual(detail.profile.work);
  });

  it('re-checks grounding of suggestions sent back by the renderer', async () => {
    const tailoring = await tailor();
    const target = tailoring.suggestions.find((s) => s.kind === 'rewrite' && s.target.path.startsWith('work'))!;
    const forged = { ...target, id: 'forged', suggested: `${target.original} and earned a PhD from MIT`, grounded: true, claims: [] };
    const out = await h.result('coach:applySuggestions', { resumeId, jobId, suggestionIds: ['forged'], suggestions: [forged] });
    expect(out).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await h.call('resumes:list')).toHaveLength(1);
  });

  it('writes a cover letter offline, saves it with the job, edits (re-flagged) and exports it', async () => {
    const { taskId } = await h.call('coach:coverLetter', { jobId, tone: 'professional', length: 'medium' });
    const outcome = await h.waitForTask(taskId);
    expect(outcome.item).toMatchObject({ ok: true });
    const letter = (outcome.item as { ok: true; value: SavedCoverLetter }).value;
    expect(letter).toMatchObject({ jobId, resumeId, tone: 'professional', length: 'medium', producedBy: 'offline', flagged: [] });
    expect(letter.text).toContain('Globex');

    expect((await h.call('letters:list', { jobId })).map((l) => l.id)).toEqual([letter.id]);

    const edited = await h.call('letters:update', { id: letter.id, text: `${letter.text}\n\nI also hold a PhD in Physics from MIT.` });
    expect(edited.text).toContain('PhD');
    expect(edited.flagged.map((f) => f.sentence).join(' ')).toMatch(/PhD/);

    for (const format of ['txt', 'md', 'docx'] as const) {
      const file = await h.call('letters:export', { id: letter.id, format });
      expect(file.fileName).toMatch(new RegExp(`^Cover letter - Globex - Staff Backend Engineer\\.${format}$`));
      const bytes = Buffer.from(file.dataBase64, 'base64');
      if (format === 'docx') expect(bytes.subarray(0, 2).toString()).toBe('PK');
      else expect(bytes.toString('utf8')).toContain('PhD');
    }
    expect((await h.call('letters:delete', { id: letter.id })).deleted).toBe(true);
    expect(await h.call('letters:list', { jobId })).toEqual([]);
  });

  it('asks for a resume before writing a cover letter', async () => {
    await h.call('resumes:delete', { id: resumeId });
    const out = await h.result('coach:coverLetter', { jobId, tone: 'warm', length: 'short' });
    expect(out).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/resume/i) } });
  });

  it('validates inputs strictly', async () => {
    expect(await h.result('coach:coverLetter', { jobId, tone: 'angry', length: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await h.result('models:addFromDisk', { path: '/tmp/model.bin' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await h.result('models:addFromDisk', { path: 'relative.gguf' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await h.result('coach:tailor', { resumeId, jobId, extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(fs.existsSync(path.join(h.dataDir, 'models'))).toBe(false);
  });
});
