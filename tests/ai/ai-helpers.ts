/**
 * Services for the AI tests: a real SQLite file in a temp folder, the real extraction worker, a
 * session-only secret store (the OS keychain is exercised in tests/secrets), and a fixed machine
 * (measuring this one would load node-llama-cpp and make fit verdicts depend on the test host).
 * Everything goes through the dispatcher, as the renderer's calls do.
 */
import path from 'node:path';
import { createNodeProcessExtractor } from '../../src-main/adapters/documents';
import type { LlamaRuntime } from '../../src-main/adapters/llm/local';
import { createSessionStore } from '../../src-main/adapters/secrets';
import type { MachineInfo } from '../../src-main/core/models';
import type { CatalogModel } from '../../src-main/core/models';
import { createDispatcher, type Dispatch } from '../../src-main/ipc/dispatch';
import { buildHandlers } from '../../src-main/ipc/handlers';
import { createServices, type Services } from '../../src-main/services';
import type { ChannelInput, ChannelName, ChannelOutput, Result, TaskEvent } from '../../src-preload/contract';
import type { ResumeProfile } from '../../src-preload/contract/resume.types';
import { sampleProfile } from '../../src-main/core/coach/testing/fixtures';
import { tempDir } from '../helpers/temp-dir';

const GB = 1024 ** 3;
export const MACHINE_16GB: MachineInfo = { totalRamBytes: 16 * GB, freeRamBytes: 10 * GB, vramBytes: 0, gpu: false };

export interface AiHarness {
  services: Services;
  dispatch: Dispatch;
  dataDir: string;
  machine: { current: MachineInfo };
  /** Every event main pushed, in order. */
  events: Array<{ channel: string; payload: unknown }>;
  call<C extends ChannelName>(
    channel: C,
    ...input: undefined extends ChannelInput<C> ? [ChannelInput<C>?] : [ChannelInput<C>]
  ): Promise<ChannelOutput<C>>;
  result<C extends ChannelName>(channel: C, input?: unknown): Promise<Result<ChannelOutput<C>>>;
  /** Resolves when the task finishes: its events, the `coach:chunk` texts and item 0's result. */
  waitForTask(taskId: string): Promise<TaskOutcome>;
}

export interface TaskOutcome {
  events: TaskEvent[];
  chunks: string[];
  cancelled: boolean;
  item: Extract<TaskEvent, { type: 'item' }>['result'] | null;
}

export async function aiHarness(
  options: { catalog?: CatalogModel[]; machine?: MachineInfo; llamaRuntime?: LlamaRuntime } = {},
): Promise<AiHarness> {
  const dataDir = tempDir('pathwise-ai-');
  const machine = { current: options.machine ?? MACHINE_16GB };
  const services = await createServices({
    dataDir,
    identity: { name: 'Pathwise', version: '0.0.0-test', mode: 'browser' },
    extractor: createNodeProcessExtractor(path.join(__dirname, '../../src-main/adapters/documents/extract-worker.ts')),
    openExternal: async () => false,
    ai: {
      secretStore: createSessionStore('Test: keys in memory only.'),
      machineProbe: { probe: async () => machine.current },
      ...(options.catalog ? { catalog: options.catalog } : {}),
      ...(options.llamaRuntime ? { llamaRuntime: options.llamaRuntime } : {}),
    },
  });
  const events: AiHarness['events'] = [];
  const waiters = new Map<string, () => void>();
  services.events.add({
    emit: (channel, payload) => {
      events.push({ channel, payload });
      const event = payload as TaskEvent;
      if (channel === 'task:event' && event.type === 'finished') waiters.get(event.taskId)?.();
    },
  });
  const dispatch = createDispatcher(buildHandlers(services), { error: (message, error) => console.error(message, error) });

  const harness: AiHarness = {
    services,
    dispatch,
    dataDir,
    machine,
    events,
    async call(channel, ...input) {
      const out = await dispatch(channel, input[0]);
      if (!out.ok) throw Object.assign(new Error(`${channel} failed: ${out.error.code}: ${out.error.message}`), { appError: out.error });
      return out.value as never;
    },
    result: (channel, input) => dispatch(channel, input) as never,
    waitForTask(taskId) {
      const collect = (): TaskOutcome => {
        const mine = events
          .filter((e) => e.channel === 'task:event' && (e.payload as TaskEvent).taskId === taskId)
          .map((e) => e.payload as TaskEvent);
        const chunks = events
          .filter((e) => e.channel === 'coach:chunk' && (e.payload as { taskId: string }).taskId === taskId)
          .map((e) => (e.payload as { text: string }).text);
        const finished = mine.find((e) => e.type === 'finished');
        const item = mine.find((e): e is Extract<TaskEvent, { type: 'item' }> => e.type === 'item');
        return { events: mine, chunks, cancelled: finished?.type === 'finished' && finished.cancelled, item: item?.result ?? null };
      };
      if (
        events.some(
          (e) => e.channel === 'task:event' && (e.payload as TaskEvent).taskId === taskId && (e.payload as TaskEvent).type === 'finished',
        )
      ) {
        return Promise.resolve(collect());
      }
      return new Promise((resolve) => waiters.set(taskId, () => resolve(collect())));
    },
  };
  return harness;
}

/** The coach's sample resume, imported through the real extraction worker as a JSON Resume file. */
export async function importSampleResume(services: Services, profile: ResumeProfile = sampleProfile()): Promise<number> {
  const item = await services.resumes.importFile('ada-example.json', Buffer.from(JSON.stringify(profile)));
  return item.resumeId;
}

export const JOB_TEXT = `Staff Backend Engineer
Globex
Remote

Globex is hiring a Staff Backend Engineer to build payment services in Go on Kubernetes with PostgreSQL.

Requirements:
- 7+ years of backend experience
- Go, Kubernetes and PostgreSQL

Nice to have:
- Terraform
`;

export async function addSampleJob(services: Services): Promise<number> {
  return (await services.jobs.addText(JOB_TEXT)).id;
}
