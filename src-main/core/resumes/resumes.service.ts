/**
 * Resume import and analysis: extraction runs in the killable worker, parsing and analysis are
 * pure functions, and the store is written only once everything succeeded (a failed import
 * saves nothing: SECURITY.md B-3).
 */
import path from 'node:path';
import type { Kysely } from 'kysely';
import { AppFailure } from '../../../src-preload/contract/result';
import type { ResumeDetail, ResumeImportItem, ResumeOriginal, ResumeSummary } from '../../../src-preload/contract/resumes.contract';
import type { ResumeProfile } from '../../../src-preload/contract/resume.types';
import type { TaskStarted } from '../../../src-preload/contract/tasks.contract';
import { logActivity } from '../../db/repositories/activity.repository';
import * as repo from '../../db/repositories/resumes.repository';
import type { Database } from '../../db/schema';
import type { DocumentExtractor, ExtractedDocument } from '../documents/types';
import type { EventSink } from '../events';
import { type FileStore, sha256Hex } from '../files/file-store';
import type { TaskRunner } from '../tasks/task-runner';
import { toAppError } from '../errors';
import { analyzeResume } from './analysis';
import { parseResume } from './parse';
import { applyCorrections } from './parse/apply-corrections';
import { MIME_BY_FORMAT, toDetail, toSummary, type StoredDocument } from './resume-detail';

export interface ResumeAnalysisResult {
  document: ExtractedDocument;
  profile: ResumeProfile;
  analysis: ReturnType<typeof analyzeResume>;
}

/** Extraction + parse + analysis of one file, with no storage: shared by the app and the CLI. */
export async function analyzeFile(
  extractor: DocumentExtractor,
  file: { bytes: Uint8Array; fileName: string },
  options: { signal?: AbortSignal; corrections?: Record<string, unknown> } = {},
): Promise<ResumeAnalysisResult> {
  const document = await extractor.extract(file, { signal: options.signal });
  const profile = applyCorrections(parseResume(document), options.corrections ?? {});
  const analysis = analyzeResume({ profile, document, fileName: file.fileName });
  return { document, profile, analysis };
}

function titleFor(fileName: string): string {
  return path.basename(fileName).replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[_]+/g, ' ').trim() || 'Resume';
}

export class ResumesService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly files: FileStore,
    private readonly extractor: DocumentExtractor,
    private readonly tasks: TaskRunner,
    private readonly events: EventSink,
  ) {}

  async list(): Promise<ResumeSummary[]> {
    return (await repo.listResumeRows(this.db)).map(toSummary);
  }

  async get(id: number): Promise<ResumeDetail> {
    const row = await repo.getResumeRow(this.db, id);
    if (!row) throw new AppFailure('not-found', 'That resume no longer exists.');
    return toDetail(row, JSON.parse(row.profile_json) as ResumeProfile);
  }

  startImport(files: { name: string; dataBase64: string }[]): TaskStarted {
    return this.tasks.start('resumes:import', async (ctx) => {
      for (const [index, file] of files.entries()) {
        if (ctx.signal.aborted) break;
        ctx.progress(index, files.length, `Reading ${file.name}`);
        try {
          const value = await this.importFile(file.name, Buffer.from(file.dataBase64, 'base64'), ctx.signal);
          ctx.item(index, { ok: true, value });
        } catch (error) {
          const known = toAppError(error) ?? { code: 'internal' as const, message: `Could not import ${file.name}.` };
          ctx.item(index, { ok: false, error: { code: known.code, message: `${file.name}: ${known.message}` } });
        }
      }
      ctx.progress(files.length, files.length, 'Done');
    });
  }

  async importFile(fileName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ResumeImportItem> {
    const sha256 = sha256Hex(bytes);
    const existing = await repo.findResumeBySha(this.db, sha256);
    if (existing) return { fileName, resumeId: existing.id, duplicate: true };

    const { document, profile, analysis } = await analyzeFile(this.extractor, { bytes, fileName }, { signal });
    this.files.put(bytes);
    const now = new Date().toISOString();
    const { text, ...stored } = document;
    const resumeId = await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('stored_files')
        .values({ sha256, bytes: bytes.byteLength, mime: MIME_BY_FORMAT[document.format], original_name: fileName, created_at: now })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      const hasPrimary = await repo.getPrimaryResumeRow(trx);
      const id = await repo.insertResume(trx, {
        title: profile.basics?.name ? `${profile.basics.name} — ${titleFor(fileName)}` : titleFor(fileName),
        file_name: path.basename(fileName),
        format: document.format,
        sha256,
        is_primary: hasPrimary ? 0 : 1,
        text,
        document_json: JSON.stringify(stored satisfies StoredDocument),
        profile_json: JSON.stringify(profile),
        corrections_json: '{}',
        analysis_json: JSON.stringify(analysis),
        score: analysis.score,
        created_at: now,
        updated_at: now,
      });
      await logActivity(trx, { kind: 'resume-imported', message: `Imported ${path.basename(fileName)} (score ${analysis.score})` });
      return id;
    });
    this.events.emit('data:changed', { area: 'resumes' });
    return { fileName, resumeId, duplicate: false };
  }

  async setPrimary(id: number): Promise<ResumeSummary> {
    await this.requireRow(id);
    await this.db.transaction().execute((trx) => repo.setPrimaryResume(trx, id));
    this.events.emit('data:changed', { area: 'resumes' });
    return toSummary(await this.requireRow(id));
  }

  async rename(id: number, title: string): Promise<ResumeSummary> {
    await this.requireRow(id);
    await repo.updateResume(this.db, id, { title, updated_at: new Date().toISOString() });
    this.events.emit('data:changed', { area: 'resumes' });
    return toSummary(await this.requireRow(id));
  }

  async delete(id: number): Promise<{ deleted: boolean }> {
    const removed = await this.db.transaction().execute(async (trx) => {
      const gone = await repo.deleteResume(trx, id);
      if (!gone) return undefined;
      const stillUsed = await trx.selectFrom('resumes').select('id').where('sha256', '=', gone.sha256).executeTakeFirst();
      if (!stillUsed) await trx.deleteFrom('stored_files').where('sha256', '=', gone.sha256).execute();
      if (gone.wasPrimary) {
        const next = await trx.selectFrom('resumes').select('id').orderBy('updated_at', 'desc').executeTakeFirst();
        if (next) await repo.setPrimaryResume(trx, next.id);
      }
      await logActivity(trx, { kind: 'resume-deleted', message: 'Deleted a resume' });
      return { sha256: gone.sha256, orphan: !stillUsed };
    });
    if (!removed) throw new AppFailure('not-found', 'That resume no longer exists.');
    if (removed.orphan) this.files.remove(removed.sha256);
    this.events.emit('data:changed', { area: 'resumes' });
    return { deleted: true };
  }

  /** Stores a correction and re-runs the analysis; corrections survive every re-analysis. */
  async correct(id: number, fieldPath: string, value: string | null): Promise<ResumeDetail> {
    const row = await this.requireRow(id);
    const corrections = { ...(JSON.parse(row.corrections_json) as Record<string, unknown>), [fieldPath]: value };
    return this.reanalyzeWith(row, corrections);
  }

  async reanalyze(id: number): Promise<ResumeDetail> {
    const row = await this.requireRow(id);
    return this.reanalyzeWith(row, JSON.parse(row.corrections_json) as Record<string, unknown>);
  }

  async original(id: number): Promise<ResumeOriginal> {
    const row = await this.requireRow(id);
    const bytes = this.files.read(row.sha256);
    return { fileName: row.file_name, mime: MIME_BY_FORMAT[row.format as keyof typeof MIME_BY_FORMAT] ?? 'application/octet-stream', dataBase64: bytes.toString('base64') };
  }

  private async reanalyzeWith(row: repo.ResumeRow & { bytes: number }, corrections: Record<string, unknown>): Promise<ResumeDetail> {
    const stored = JSON.parse(row.document_json) as StoredDocument;
    const document: ExtractedDocument = { ...stored, text: row.text };
    const profile = applyCorrections(parseResume(document), corrections);
    const analysis = analyzeResume({ profile, document, fileName: row.file_name });
    await repo.updateResume(this.db, row.id, {
      profile_json: JSON.stringify(profile),
      corrections_json: JSON.stringify(corrections),
      analysis_json: JSON.stringify(analysis),
      score: analysis.score,
      updated_at: new Date().toISOString(),
    });
    this.events.emit('data:changed', { area: 'resumes' });
    return this.get(row.id);
  }

  private async requireRow(id: number) {
    const row = await repo.getResumeRow(this.db, id);
    if (!row) throw new AppFailure('not-found', 'That resume no longer exists.');
    return row;
  }
}
