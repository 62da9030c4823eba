/**
 * The coach features as the app runs them: the provider is resolved (and consent checked) before
 * any work starts, so a `consent-required` or `key-required` error reaches the UI at once; then
 * every feature runs as a task that reports progress (feedback and cover letters also stream
 * `coach:chunk` events) and ends with the result as the task's item 0. Cancelling the task aborts
 * the model call (Stop, or the renderer when the page closes). The offline path needs no model.
 */
import type { Kysely } from 'kysely';
import type { AiFeature, SavedCoverLetter } from '../../../src-preload/contract/ai.contract';
import type {
  CoverLetter,
  CoverLetterLength,
  CoverLetterTone,
  FeedbackResult,
  TailoringSuggestion,
} from '../../../src-preload/contract/coach.types';
import type { JobDetail } from '../../../src-preload/contract/jobs.contract';
import type { ResumeSummary } from '../../../src-preload/contract/resumes.contract';
import type { ResumeAnalysis, ResumeProfile } from '../../../src-preload/contract/resume.types';
import { AppFailure } from '../../../src-preload/contract/result';
import type { TaskStarted } from '../../../src-preload/contract/tasks.contract';
import { getCoachResume } from '../../db/repositories/ai.repository';
import type { Database } from '../../db/schema';
import {
  offlineCoverLetter,
  offlineFeedback,
  runTailoringTask,
  streamCoverLetter,
  streamFeedback,
  type CoachCallOptions,
  type TextStream,
} from '../coach';
import { toAppError } from '../errors';
import type { EventSink } from '../events';
import type { LlmProvider } from '../llm/llm-provider';
import type { TaskRunner } from '../tasks/task-runner';
import type { CoverLettersService } from './cover-letters.service';
import { callLimits } from './limits';
import type { ProviderResolver, ResolvedRoute } from './provider-resolver';
import type { TailoredVersions } from './tailored-version';
import { errorForLog } from '../secrets/log-safe';

export interface CoachServiceDeps {
  db: Kysely<Database>;
  events: EventSink;
  tasks: TaskRunner;
  jobs: { get(id: number): Promise<JobDetail>; primaryResumeId(): number | null };
  resolver: ProviderResolver;
  letters: CoverLettersService;
  versions: TailoredVersions;
}

interface StreamedWork<T, R> {
  offline(): T;
  stream(provider: LlmProvider, call: CoachCallOptions): TextStream<T>;
  finish(value: T): Promise<R> | R;
}

export class CoachService {
  constructor(private readonly deps: CoachServiceDeps) {}

  async startFeedback(resumeId: number, offline?: boolean): Promise<TaskStarted> {
    const resume = await this.resume(resumeId);
    const analysis = JSON.parse(resume.analysis_json) as ResumeAnalysis;
    const route = await this.deps.resolver.resolve('feedback', { offline });
    return this.startStreamed<FeedbackResult, FeedbackResult>('coach:feedback', 'feedback', route, {
      offline: () => offlineFeedback(analysis),
      stream: (provider, call) => streamFeedback(provider, analysis, call),
      finish: (value) => value,
    });
  }

  /** Tailoring runs as a task like the others (progress per step and per suggestion checked, Stop); item 0 is the TailoringResult. */
  async startTailoring(resumeId: number, jobId: number, offline?: boolean): Promise<TaskStarted> {
    const { profile, job, match } = await this.resumeAndJob(resumeId, jobId);
    const input = { profile, job: job.job, ...(match ? { match } : {}) };
    const route = await this.deps.resolver.resolve('tailoring', { offline });
    return this.deps.tasks.start('coach:tailor', (ctx) =>
      runTailoringTask(
        ctx,
        input,
        route.mode === 'offline'
          ? { mode: 'offline' }
          : { mode: 'model', provider: route.provider, call: callLimits('tailoring', route.kind, ctx.signal) },
      ),
    );
  }

  async applySuggestions(
    resumeId: number,
    jobId: number,
    suggestions: TailoringSuggestion[],
    acceptedIds: string[],
  ): Promise<ResumeSummary> {
    const job = await this.deps.jobs.get(jobId);
    return this.deps.versions.create(resumeId, job.job, suggestions, acceptedIds);
  }

  async startCoverLetter(input: {
    jobId: number;
    resumeId?: number;
    tone: CoverLetterTone;
    length: CoverLetterLength;
    offline?: boolean;
  }): Promise<TaskStarted> {
    const resumeId = input.resumeId ?? this.deps.jobs.primaryResumeId();
    if (!resumeId) throw new AppFailure('not-found', 'Import a resume first: a cover letter is built from it.');
    const { profile, job, match } = await this.resumeAndJob(resumeId, input.jobId);
    const options = { tone: input.tone, length: input.length, jobId: String(input.jobId), ...(match ? { match } : {}) };
    const route = await this.deps.resolver.resolve('coverLetter', { offline: input.offline });
    return this.startStreamed<CoverLetter, SavedCoverLetter>('coach:coverLetter', 'coverLetter', route, {
      offline: () => offlineCoverLetter(profile, job.job, options),
      stream: (provider, call) => streamCoverLetter(provider, profile, job.job, options, call),
      finish: (letter) => this.deps.letters.save(input.jobId, resumeId, letter),
    });
  }

  /** Runs offline or streamed work as a task; item 0 is the result (or the error). */
  private startStreamed<T, R>(kind: string, feature: AiFeature, route: ResolvedRoute, work: StreamedWork<T, R>): TaskStarted {
    let taskId = '';
    const started = this.deps.tasks.start(kind, async (ctx) => {
      try {
        let value: T;
        if (route.mode === 'offline') {
          ctx.progress(0, 1, route.reason);
          value = work.offline();
        } else {
          ctx.progress(0, 1, `Writing with ${route.provider.info.label}…`);
          const stream = work.stream(route.provider, callLimits(feature, route.kind, ctx.signal));
          for await (const text of stream.chunks) this.deps.events.emit('coach:chunk', { taskId, text });
          value = await stream.result;
        }
        const result = await work.finish(value);
        ctx.progress(1, 1, 'Done');
        ctx.item(0, { ok: true, value: result });
      } catch (error) {
        if (ctx.signal.aborted) return;
        const known = toAppError(error);
        if (!known) console.error(`${kind} failed`, errorForLog(error));
        ctx.item(0, { ok: false, error: known ?? { code: 'internal', message: 'The coach could not finish. Nothing was saved.' } });
      }
    });
    // The work starts on the next tick, after this assignment.
    taskId = started.taskId;
    return started;
  }

  private async resume(id: number) {
    const row = await getCoachResume(this.deps.db, id);
    if (!row) throw new AppFailure('not-found', 'That resume no longer exists.');
    return row;
  }

  /** The match skills only apply when they were computed for this resume (the primary one). */
  private async resumeAndJob(resumeId: number, jobId: number) {
    const row = await this.resume(resumeId);
    const job = await this.deps.jobs.get(jobId);
    const match = job.match && resumeId === this.deps.jobs.primaryResumeId() ? job.match : null;
    return { profile: JSON.parse(row.profile_json) as ResumeProfile, job, match };
  }
}
