// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as apiModule from '../../api';
import { App } from '../../App';
import { connectStore, resetStore } from '../../stores';
import { installFakeJobs, type FakeJobsWorld } from '../../test/fake-api';
import { installFakeAi, type FakeAiWorld } from '../../test/fake-ai';
import { detail, summary } from '../../test/fixtures';
import { click, go, installShell, mainOf, mount, text, type, until, type Mounted } from '../../test/ui';

vi.mock('../../api', async () => (await import('../../test/ui')).mockApi());

const main = mainOf(apiModule);
connectStore();
let ai: FakeAiWorld;
let jobs: FakeJobsWorld;
let ui: Mounted;

async function open(hash: string, options: { activeModel?: boolean; resumes?: boolean; hold?: boolean } = {}) {
  installShell(main);
  jobs = installFakeJobs(main, { jobs: 2 });
  ai = installFakeAi(main, { activeModel: options.activeModel ?? false });
  ai.hold = options.hold ?? false;
  main.handlers['resumes:list'] = () => ({ ok: true, value: options.resumes === false ? [] : [summary(1), summary(2)] });
  main.handlers['resumes:get'] = () => ({ ok: true, value: detail(1) });
  resetStore();
  main.calls.length = 0;
  await go(hash);
  ui = await mount(<App />);
}
afterEach(() => ui.unmount());

describe('coach feedback on the resume page', () => {
  beforeEach(() => open('#/resumes/1', { activeModel: true }));

  it('streams the text, then shows strengths, fixes and which model wrote it', async () => {
    await until(() => ui.q('tab-coach') !== null);
    await click(ui.q('tab-coach'));
    await until(() => text(ui.q('feature-hint-feedback')).includes('Local · Qwen2.5 1.5B'));
    ai.hold = true;
    await click(ui.q('coach-feedback-start'));
    await until(() => text(ui.q('coach-stream')) === 'Your resume reads well. Add numbers.');
    expect(ui.q('coach-stop')).not.toBeNull();
    ai.release();
    await until(() => ui.q('coach-feedback-result') !== null);
    expect(text(ui.q('produced-by'))).toBe('Written by Local · Qwen2.5 1.5B Instruct (Q4_K_M)');
    expect(ui.all('coach-fix').map((li) => text(li.querySelector('strong')))).toEqual([
      'Add numbers to your bullets',
      'Add your LinkedIn address',
    ]);
    expect(ui.all('coach-strength')).toHaveLength(2);
  });

  it('cancels the task when the page closes mid-stream', async () => {
    await until(() => ui.q('tab-coach') !== null);
    await click(ui.q('tab-coach'));
    ai.hold = true;
    await click(ui.q('coach-feedback-start'));
    await until(() => ui.q('coach-stop') !== null);
    await go('#/resumes');
    await until(() => ai.cancelled.length === 1);
    expect(main.calls.filter((c) => c.channel === 'task:cancel')).toHaveLength(1);
  });
});

describe('actionable coach errors', () => {
  beforeEach(() => open('#/resumes/1'));

  it('asks for consent, then retries; or runs the offline coach instead', async () => {
    ai.providers.push({ id: 'ollama', kind: 'ollama', name: 'Ollama', baseUrl: null, model: 'llama3', apiVersion: null });
    ai.settings.features.feedback = { cloud: 'ollama' };
    await until(() => ui.q('tab-coach') !== null);
    await click(ui.q('tab-coach'));
    await click(ui.q('coach-feedback-start'));
    await until(() => ui.q('coach-grant-consent') !== null);
    expect(text(ui.q('coach-error'))).toContain('Allow Pathwise to send your resume and the job text to 127.0.0.1:11434 first.');
    expect(text(ui.q('coach-grant-consent'))).toBe('Allow sending resume and job text to 127.0.0.1:11434');
    await click(ui.q('coach-grant-consent'));
    await until(() => ui.q('coach-feedback-result') !== null);
    expect(ai.consents).toHaveLength(1);
    expect(text(ui.q('produced-by'))).toBe('Written by Ollama · llama3');

    ai.nextError = { code: 'llm-failed', message: 'The model’s answer was unusable.' };
    await click(ui.q('coach-feedback-start'));
    await until(() => ui.q('coach-use-offline') !== null);
    await click(ui.q('coach-use-offline'));
    await until(() => text(ui.q('produced-by')) === 'Written offline from your analysis');
    expect(main.calls.filter((c) => c.channel === 'coach:feedback').at(-1)?.input).toEqual({ resumeId: 1, offline: true });
  });
});

describe('tailoring', () => {
  it('shows the job, accepts suggestions, lists unsupported claims and creates a tailored version', async () => {
    await open('#/coach/tailor/1');
    await until(() => ui.q('tailor-start') !== null);
    expect(document.querySelector('h1')?.textContent).toBe('Tailor your resume');
    expect(text(ui.q('coach-job'))).toContain(jobs.jobs.get(1)!.job.title);
    expect((ui.q('coach-resume') as HTMLSelectElement).value).toBe('1');
    // Asked for on opening, with the primary resume.
    await until(() => ui.all('suggestion').length === 3);
    expect(main.calls.filter((c) => c.channel === 'coach:tailor').map((c) => c.input)).toEqual([{ jobId: 1, resumeId: 1 }]);
    expect(ui.all('suggestion')[0]!.querySelector('ins')?.textContent).toBe(' and dbt');
    expect(text(ui.q('tailor-unsupported'))).toContain('40%');
    expect(ui.q('tailor-unsupported')?.querySelector('[data-testid="suggestion-accept"]')).toBeNull();
    expect((ui.q('tailor-apply') as HTMLButtonElement).disabled).toBe(true);

    await click(ui.all('suggestion-accept')[0]);
    await click(ui.all('suggestion-accept')[2]);
    await click(ui.all('suggestion-reject')[1]);
    expect(ui.all('suggestion-accept')[0]!.getAttribute('aria-pressed')).toBe('true');
    await click(ui.q('tailor-apply'));
    await until(() => ui.q('tailored-version-link') !== null);
    expect(ui.q('tailored-version-link')?.getAttribute('href')).toBe('#/resumes/99');
    expect(ai.applied[0]).toMatchObject({ resumeId: 1, jobId: 1, suggestionIds: ['s1', 's3'] });
    expect(ai.applied[0]!.suggestions.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });

  it('shows progress with Stop while it works; Stop cancels the task and shows a clear stopped state with retry', async () => {
    await open('#/coach/tailor/1', { hold: true });
    await until(() => text(ui.q('tailor-progress-message')) === 'Finding changes with the offline coach…');
    const bar = ui.q('tailor-progress')!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-label')).toBe('Tailoring progress');
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['1', '2']);
    expect((ui.q('tailor-start') as HTMLButtonElement).disabled).toBe(true);
    expect((ui.q('coach-resume') as HTMLSelectElement).disabled).toBe(true);
    const stop = ui.q('coach-stop') as HTMLButtonElement;
    // A real, enabled button: reachable with Tab and pressed with Enter or Space.
    expect([stop.tagName, stop.type, stop.disabled, stop.tabIndex]).toEqual(['BUTTON', 'button', false, 0]);

    await click(stop);
    await until(() => ui.q('tailor-cancelled') !== null);
    expect(main.calls.filter((c) => c.channel === 'task:cancel').map((c) => c.input)).toEqual([{ taskId: 'tl-1' }]);
    expect(ai.cancelled).toEqual(['tl-1']);
    expect(text(ui.q('tailor-cancelled'))).toContain('Tailoring stopped');
    expect(text(ui.q('tailor-cancelled'))).toContain('No suggestions were made and your resume is unchanged.');
    expect(ui.q('tailor-progress')).toBeNull();
    expect(ui.all('suggestion')).toHaveLength(0);
    expect(ui.q('tailor-apply')).toBeNull();
    expect((ui.q('tailor-start') as HTMLButtonElement).disabled).toBe(false);
    // Focus is not lost with the Stop button: it lands on "Try again".
    expect(document.activeElement).toBe(ui.q('tailor-retry'));

    // Try again: focus follows the new run to its Stop button; then the suggestions arrive.
    await click(ui.q('tailor-retry'));
    await until(() => ui.q('coach-stop') !== null);
    expect(ui.q('tailor-cancelled')).toBeNull();
    expect(document.activeElement).toBe(ui.q('coach-stop'));
    ai.release();
    await until(() => ui.all('suggestion').length === 3);
    expect(ui.q('tailor-progress')).toBeNull();
    expect(main.calls.filter((c) => c.channel === 'coach:tailor').map((c) => c.input)).toEqual([
      { jobId: 1, resumeId: 1 },
      { jobId: 1, resumeId: 1 },
    ]);
  });

  it('stops the task when the page closes mid-run', async () => {
    await open('#/coach/tailor/1', { hold: true });
    await until(() => ui.q('coach-stop') !== null);
    await go('#/jobs');
    await until(() => ai.cancelled.length === 1);
    expect(main.calls.filter((c) => c.channel === 'task:cancel').map((c) => c.input)).toEqual([{ taskId: 'tl-1' }]);
  });

  it('says clearly when the model timed out, with try again and the offline coach', async () => {
    await open('#/coach/tailor/1', { activeModel: true, hold: true });
    await until(() => ui.q('coach-stop') !== null);
    await click(ui.q('coach-stop'));
    await until(() => ui.q('tailor-cancelled') !== null);
    ai.nextError = {
      code: 'timeout',
      message: 'The local model did not finish within 300 s. No suggestions were made and your resume is unchanged.',
    };
    await click(ui.q('tailor-start'));
    await until(() => ui.q('coach-error') !== null);
    expect(text(ui.q('coach-error'))).toContain('The model took too long');
    expect(text(ui.q('coach-error'))).toContain('did not finish within 300 s');
    expect(ui.q('tailor-cancelled')).toBeNull();
    ai.hold = false;
    await click(ui.q('coach-use-offline'));
    await until(() => ui.all('suggestion').length === 3);
    expect(main.calls.filter((c) => c.channel === 'coach:tailor').at(-1)?.input).toEqual({ jobId: 1, resumeId: 1, offline: true });
    expect(text(ui.q('produced-by'))).toBe('Written offline from your analysis');
  });

  it('asks for a resume first when there is none', async () => {
    await open('#/coach/tailor/1', { resumes: false });
    await until(() => ui.q('import-resume-first') !== null);
    expect(ui.q('import-resume-first')?.getAttribute('href')).toBe('#/resumes');
    expect(ui.q('tailor-start')).toBeNull();
  });
});

describe('cover letters', () => {
  it('generates, flags unsupported sentences, saves an edit and exports', async () => {
    await open('#/coach/letter/2');
    await until(() => ui.q('letter-generate') !== null);
    expect(document.querySelector('h1')?.textContent).toBe('Cover letter');
    const tone = ui.q('letter-tone') as HTMLSelectElement;
    tone.value = 'warm';
    tone.dispatchEvent(new Event('change', { bubbles: true }));
    await click(ui.q('letter-generate'));
    await until(() => ui.q('letter-text') !== null);
    expect(main.calls.find((c) => c.channel === 'coach:coverLetter')?.input).toEqual({
      jobId: 2,
      tone: 'warm',
      length: 'medium',
      resumeId: 1,
    });
    expect((ui.q('letter-text') as HTMLTextAreaElement).value).toContain('I led a team of 50 people.');
    expect(text(ui.q('letter-flagged'))).toContain('Check these: not supported by your resume');
    expect(text(ui.q('produced-by'))).toBe('Written offline from your analysis');
    expect(ui.all('saved-letter')).toHaveLength(1);

    await type(ui.q('letter-text'), 'Dear team,\n\nI built data pipelines in Python.');
    await click(ui.q('letter-save'));
    await until(() => ui.q('letter-flagged') === null);
    expect(ai.letters[0]?.text).toBe('Dear team,\n\nI built data pipelines in Python.');

    await click(ui.q('letter-export-docx'));
    await until(() => main.calls.some((c) => c.channel === 'letters:export'));
    expect(main.calls.find((c) => c.channel === 'letters:export')?.input).toEqual({ id: 1, format: 'docx' });
  });
});
