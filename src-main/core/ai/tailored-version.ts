/**
 * Accepting tailoring suggestions makes a NEW resume version; the original row and file are never
 * touched. The suggestions come back from the renderer, so their grounding is re-checked here
 * against the stored resume (a client cannot mark an invented claim "grounded").
 *
 * The version is stored as a JSON Resume file under its content hash, like any import, and goes
 * through the same extraction and analysis, so re-analysing it later yields the same profile.
 */
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { TailoringSuggestion } from '../../../src-preload/contract/coach.types';
import type { ParsedJob } from '../../../src-preload/contract/job.types';
import type { ResumeSummary } from '../../../src-preload/contract/resumes.contract';
import type { ResumeProfile } from '../../../src-preload/contract/resume.types';
import { AppFailure } from '../../../src-preload/contract/result';
import { logActivity } from '../../db/repositories/activity.repository';
import * as resumesRepo from '../../db/repositories/resumes.repository';
import type { Database } from '../../db/schema';
import { applySuggestions, buildEvidence, checkGrounding } from '../coach';
import { parsePath, textAt } from '../coach/resume-bullets';
import type { DocumentExtractor } from '../documents/types';
import type { EventSink } from '../events';
import { sha256Hex, type FileStore } from '../files/file-store';
import { analyzeFile } from '../resumes/resumes.service';
import { MIME_BY_FORMAT, toSummary, type StoredDocument } from '../resumes/resume-detail';

export interface TailoredVersionDeps {
  db: Kysely<Database>;
  files: FileStore;
  extractor: DocumentExtractor;
  events: EventSink;
}

const MAX_TITLE = 120;

/** Rebuilds each suggestion's grounding from the stored resume; drops ones that no longer match it. */
export function regroundSuggestions(profile: ResumeProfile, suggestions: readonly TailoringSuggestion[]): TailoringSuggestion[] {
  const index = buildEvidence(profile);
  const out: TailoringSuggestion[] = [];
  for (const suggestion of suggestions) {
    const current = parsePath(suggestion.target.path) ? textAt(profile, suggestion.target.path) : null;
    if (current === null || current.trim() !== suggestion.original.trim()) continue;
    if (suggestion.kind === 'reorder') {
      const valid = suggestion.moveTo !== undefined && suggestion.suggested.trim() === current.trim();
      out.push({ ...suggestion, original: current, sourceBullet: current, grounded: valid, claims: [] });
      continue;
    }
    const { ok, claims } = checkGrounding(suggestion.suggested, { profile, sourceBullet: current, index });
    out.push({ ...suggestion, original: current, sourceBullet: current, grounded: ok, claims });
  }
  return out;
}

export function tailoredTitle(originalTitle: string, job: Pick<ParsedJob, 'title' | 'company'>): string {
  const target = job.company ? `${job.title} at ${job.company}` : job.title;
  const suffix = ` (tailored for ${target.slice(0, 80)})`;
  return `${originalTitle.slice(0, Math.max(10, MAX_TITLE - suffix.length))}${suffix}`.slice(0, MAX_TITLE);
}

export class TailoredVersions {
  constructor(private readonly deps: TailoredVersionDeps) {}

  async create(
    resumeId: number,
    job: ParsedJob,
    suggestions: readonly TailoringSuggestion[],
    acceptedIds: readonly string[],
  ): Promise<ResumeSummary> {
    const { db, files, extractor, events } = this.deps;
    const original = await resumesRepo.getResumeRow(db, resumeId);
    if (!original) throw new AppFailure('not-found', 'That resume no longer exists.');
    const profile = JSON.parse(original.profile_json) as ResumeProfile;
    const checked = regroundSuggestions(profile, suggestions);
    const accepted = checked.filter((s) => s.grounded && acceptedIds.includes(s.id));
    if (accepted.length === 0) {
      throw new AppFailure(
        'invalid-input',
        'None of the chosen suggestions can be applied: they no longer match this resume, or they state something it does not show.',
      );
    }
    const tailored = applySuggestions(profile, checked, acceptedIds);
    // The parser's provenance points into the original document; the new file is its own source.
    const { meta: _meta, ...jsonResume } = tailored;
    const bytes = Buffer.from(`${JSON.stringify(jsonResume, null, 2)}\n`, 'utf8');
    const base = path.basename(original.file_name).replace(/\.[a-z0-9]{1,5}$/i, '') || 'resume';
    const fileName = `${base} (tailored).json`;
    const sha256 = sha256Hex(bytes);

    const existing = await resumesRepo.findResumeBySha(db, sha256);
    if (existing) return this.summary(existing.id);

    // Extraction runs in the worker; nothing is written until it succeeded.
    const { document, profile: parsed, analysis } = await analyzeFile(extractor, { bytes, fileName });
    files.put(bytes);
    const now = new Date().toISOString();
    const { text, ...stored } = document;
    const id = await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('stored_files')
        .values({ sha256, bytes: bytes.byteLength, mime: MIME_BY_FORMAT[document.format], original_name: fileName, created_at: now })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      const newId = await resumesRepo.insertResume(trx, {
        title: tailoredTitle(original.title, job),
        file_name: fileName,
        format: document.format,
        sha256,
        is_primary: 0,
        text,
        document_json: JSON.stringify(stored satisfies StoredDocument),
        profile_json: JSON.stringify(parsed),
        corrections_json: '{}',
        analysis_json: JSON.stringify(analysis),
        score: analysis.score,
        created_at: now,
        updated_at: now,
        parent_id: original.id,
      });
      await logActivity(trx, {
        kind: 'resume-tailored',
        message: `Made a tailored version of ${original.title} (${accepted.length} changes, score ${analysis.score})`,
      });
      return newId;
    });
    events.emit('data:changed', { area: 'resumes' });
    return this.summary(id);
  }

  private async summary(id: number): Promise<ResumeSummary> {
    const row = await resumesRepo.getResumeRow(this.deps.db, id);
    if (!row) throw new AppFailure('not-found', 'That resume no longer exists.');
    return toSummary(row);
  }
}
