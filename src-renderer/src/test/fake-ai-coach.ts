/**
 * The coach half of the in-memory AI backend (installed by fake-ai.ts): streamed feedback and cover
 * letters, tailoring as a task (steps like main's, held by `world.hold`, stopped by `task:cancel`)
 * and applying suggestions, saved letters and their exports.
 */
import type { AiFeature, ErrorCode, ProducedBy, Result, SavedCoverLetter } from '../../../src-preload/contract';
import type { Handlers } from './fake-api';
import type { FakeAiWorld, TaskScript } from './fake-ai';
import { LETTER_TEXT, feedbackResult, tailoringResult } from './fake-ai-data';

const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export interface CoachFakeContext {
  now: string;
  changed: (area: string) => void;
  resolve: (feature: AiFeature, offline?: boolean) => Result<ProducedBy>;
  streamTask: (kind: string, producedBy: ProducedBy, result: () => unknown, script?: Partial<TaskScript>) => Result<{ taskId: string }>;
}

export function coachHandlers(world: FakeAiWorld, { now, changed, resolve, streamTask }: CoachFakeContext): Handlers {
  let nextLetter = 1;
  return {
    'coach:feedback': (i) => {
      const { offline } = i as { resumeId: number; offline?: boolean };
      const route = resolve('feedback', offline);
      if (!route.ok) return route;
      return streamTask('coach:feedback', route.value, () =>
        feedbackResult(route.value, route.value === 'offline' ? 'Offline summary of your analysis.' : world.chunks.join('')),
      );
    },
    'coach:tailor': (i) => {
      const { offline } = i as { resumeId: number; jobId: number; offline?: boolean };
      const route = resolve('tailoring', offline);
      if (!route.ok) return route;
      const result = tailoringResult('Staff Data Engineer', route.value);
      return streamTask(
        'coach:tailor',
        route.value,
        () => result,
        tailoringScript(route.value, result.suggestions.length + result.unsupported.length),
      );
    },
    'coach:applySuggestions': (i) => {
      const input = i as FakeAiWorld['applied'][number];
      world.applied.push(input);
      changed('resumes');
      return ok({
        id: 99,
        title: 'Resume 1 (tailored: Staff Data Engineer)',
        fileName: 'resume-1.pdf',
        format: 'pdf',
        isPrimary: false,
        score: 74,
        bytes: 1000,
        sha256: 'sha-99',
        createdAt: now,
        updatedAt: now,
      });
    },
    'coach:coverLetter': (i) => {
      const { jobId, resumeId, tone, length, offline } = i as Pick<SavedCoverLetter, 'jobId' | 'tone' | 'length'> & {
        resumeId?: number;
        offline?: boolean;
      };
      const route = resolve('coverLetter', offline);
      if (!route.ok) return route;
      return streamTask('coach:coverLetter', route.value, () => {
        const text = route.value === 'offline' ? LETTER_TEXT : world.chunks.join('');
        const letter: SavedCoverLetter = {
          id: nextLetter++,
          jobId,
          resumeId: resumeId ?? 1,
          tone,
          length,
          text,
          producedBy: route.value,
          flagged: flag(text),
          createdAt: now,
          updatedAt: now,
        };
        world.letters.unshift(letter);
        changed('coverLetters');
        return letter;
      });
    },
    'letters:list': (i) => ok(world.letters.filter((l) => l.jobId === (i as { jobId: number }).jobId)),
    'letters:update': (i) => {
      const { id, text } = i as { id: number; text: string };
      const letter = world.letters.find((l) => l.id === id);
      if (!letter) return fail('not-found', 'That cover letter no longer exists.');
      Object.assign(letter, { text: text.trim(), flagged: flag(text), updatedAt: now });
      return ok({ ...letter });
    },
    'letters:delete': (i) => {
      const before = world.letters.length;
      world.letters = world.letters.filter((l) => l.id !== (i as { id: number }).id);
      return ok({ deleted: world.letters.length < before });
    },
    'letters:export': (i) => {
      const { id, format } = i as { id: number; format: 'txt' | 'md' | 'docx' };
      const letter = world.letters.find((l) => l.id === id);
      if (!letter) return fail('not-found', 'That cover letter no longer exists.');
      const mime = {
        txt: 'text/plain',
        md: 'text/markdown',
        docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }[format];
      return ok({ fileName: `cover-letter.${format}`, mime, dataBase64: btoa(letter.text) });
    },
  };
}

/** Main's tailoring steps (tailoring-task.ts): read, write, then one check per suggestion; no chunks. */
function tailoringScript(producedBy: ProducedBy, count: number): Partial<TaskScript> {
  const writing = producedBy === 'offline' ? 'Finding changes with the offline coach…' : `Writing suggestions with ${producedBy.provider}…`;
  return {
    chunks: false,
    steps: [
      { done: 0, total: 2, message: 'Reading your resume and the posting…' },
      { done: 1, total: 2, message: writing },
    ],
    finishing: [
      ...Array.from({ length: count }, (_, i) => ({
        done: count + i,
        total: 2 * count,
        message: `Checking suggestion ${i + 1} of ${count} against your resume…`,
      })),
      { done: 2 * count, total: 2 * count, message: 'Done' },
    ],
  };
}

/** Sentences with a number the fake resume does not have (main re-checks grounding the same way). */
function flag(text: string) {
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((s) => /\b50\b/.test(s))
    .map((sentence) => ({
      sentence: sentence.trim(),
      claims: [{ kind: 'number' as const, text: '50', reason: 'Your resume does not mention 50.' }],
    }));
}
