/**
 * Cover letters kept with their job: saved when generated, editable (every edit is re-checked
 * against the resume, so an invented fact stays flagged), and exported as txt/md/docx bytes the
 * renderer downloads.
 */
import type { Kysely } from 'kysely';
import type { ExportedFile, SavedCoverLetter } from '../../../src-preload/contract/ai.contract';
import type {
  CoverLetter,
  CoverLetterLength,
  CoverLetterTone,
  ExportFormat,
  FlaggedSentence,
} from '../../../src-preload/contract/coach.types';
import type { JobDetail } from '../../../src-preload/contract/jobs.contract';
import type { ResumeProfile } from '../../../src-preload/contract/resume.types';
import { AppFailure } from '../../../src-preload/contract/result';
import * as repo from '../../db/repositories/ai.repository';
import type { Database } from '../../db/schema';
import { flagUnsupportedSentences } from '../coach';
import type { EventSink } from '../events';

/** Renders a letter as a file (src-main/adapters/export); `title` names the document and the file. */
export type LetterExporter = (
  letter: { text: string },
  format: ExportFormat,
  title: string,
) => Promise<{ fileName: string; mime: string; bytes: Uint8Array }>;

export interface CoverLettersDeps {
  db: Kysely<Database>;
  events: EventSink;
  jobs: { get(id: number): Promise<JobDetail>; primaryResumeId(): number | null };
  exporter: LetterExporter;
}

function toView(row: repo.CoverLetterRow): SavedCoverLetter {
  return {
    id: row.id,
    jobId: row.job_id,
    resumeId: row.resume_id,
    tone: row.tone as CoverLetterTone,
    length: row.length as CoverLetterLength,
    text: row.text,
    producedBy: row.produced_by === 'offline' ? 'offline' : { provider: row.produced_by },
    flagged: JSON.parse(row.flagged_json) as FlaggedSentence[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class CoverLettersService {
  constructor(private readonly deps: CoverLettersDeps) {}

  async save(jobId: number, resumeId: number, letter: CoverLetter, now = new Date()): Promise<SavedCoverLetter> {
    const at = now.toISOString();
    const id = await repo.insertCoverLetter(this.deps.db, {
      job_id: jobId,
      resume_id: resumeId,
      tone: letter.tone,
      length: letter.length,
      text: letter.text,
      produced_by: letter.producedBy === 'offline' ? 'offline' : letter.producedBy.provider,
      flagged_json: JSON.stringify(letter.flagged ?? []),
      created_at: at,
      updated_at: at,
    });
    this.deps.events.emit('data:changed', { area: 'coverLetters' });
    return this.get(id);
  }

  async get(id: number): Promise<SavedCoverLetter> {
    return toView(await this.requireRow(id));
  }

  async list(jobId: number): Promise<SavedCoverLetter[]> {
    return (await repo.listCoverLetters(this.deps.db, jobId)).map(toView);
  }

  async update(id: number, text: string, now = new Date()): Promise<SavedCoverLetter> {
    const row = await this.requireRow(id);
    const job = await this.deps.jobs.get(row.job_id);
    const profile = await this.profileFor(row.resume_id);
    const flagged = profile ? flagUnsupportedSentences(text, profile, job.job) : [];
    await repo.updateCoverLetter(this.deps.db, id, { text, flagged_json: JSON.stringify(flagged), updated_at: now.toISOString() });
    this.deps.events.emit('data:changed', { area: 'coverLetters' });
    return this.get(id);
  }

  async delete(id: number): Promise<{ deleted: boolean }> {
    const deleted = await repo.deleteCoverLetter(this.deps.db, id);
    if (!deleted) throw new AppFailure('not-found', 'That cover letter no longer exists.');
    this.deps.events.emit('data:changed', { area: 'coverLetters' });
    return { deleted };
  }

  async export(id: number, format: ExportFormat): Promise<ExportedFile> {
    const row = await this.requireRow(id);
    const job = await this.deps.jobs.get(row.job_id);
    const title = ['Cover letter', job.job.company, job.job.title].filter(Boolean).join(' - ');
    const file = await this.deps.exporter({ text: row.text }, format, title);
    return { fileName: file.fileName, mime: file.mime, dataBase64: Buffer.from(file.bytes).toString('base64') };
  }

  /** The letter's resume, or the primary one when it was deleted; null without any resume. */
  private async profileFor(resumeId: number | null): Promise<ResumeProfile | null> {
    const id = resumeId ?? this.deps.jobs.primaryResumeId();
    if (!id) return null;
    const row = await repo.getCoachResume(this.deps.db, id);
    return row ? (JSON.parse(row.profile_json) as ResumeProfile) : null;
  }

  private async requireRow(id: number): Promise<repo.CoverLetterRow> {
    const row = await repo.getCoverLetter(this.deps.db, id);
    if (!row) throw new AppFailure('not-found', 'That cover letter no longer exists.');
    return row;
  }
}
