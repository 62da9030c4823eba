/**
 * Writing postings: bulk import with duplicate merging, reindexing, deletion, and the top terms
 * ranking fills in later.
 *
 * Import runs prepared statements on the raw handle in ONE transaction (PERFORMANCE.md: ≥ 0.8× a
 * bare insert of the same rows, FTS and skill index included). Top terms only matter for ranking:
 * import leaves them empty and `fillTopTerms`, which `loadRankCorpus` calls, computes them, so
 * scores never depend on a background step having run.
 */
import type { JobSource, ParsedJob } from '../../../../src-preload/contract/job.types';
import { jobIndexFields, jobSearchFields, type JobSearchFields } from '../../../core/matching/job-features';
import { normalizeForIndex, TOP_TERMS, words } from '../../../core/matching/text';
import { topTerms } from '../../../core/matching/top-terms';
import { conn, forgetSkillIds, PARSED_FIELD, skillIdFor, skillKeyIds, STATUS_FIELD, type Sqlite, type Statements } from './connection';
import { findDuplicate, findSameSource, mergeParsed, NOTHING_BUFFERED, ShingleCache, type Buffered, type SameSourceRow } from './dedupe';
import { KeyFilter } from './key-filter';
import { JOB_INDEX_VERSION, jobRowValues, newJobRow, parsedJsonOf, postingJsonOf, sourceRef, storedParsed, type JobInput, type StoredRow } from './rows';

export type UpsertAction = 'inserted' | 'updated' | 'merged' | 'unchanged';

export interface UpsertSummary {
  outcomes: { id: number; action: UpsertAction }[];
  inserted: number;
  updated: number;
  merged: number;
  unchanged: number;
  /** Jobs whose content changed: re-rank these (`rankJobs(db, resumeId, changedIds)`). */
  changedIds: number[];
}

function writeIndex(sqlite: Sqlite, st: Statements, id: number, f: JobSearchFields, replace: boolean): void {
  if (replace) {
    st.ftsDelete.run(id);
    st.skillsDelete.run(id);
  }
  st.ftsInsert.run(id, f.ftsTitle, f.ftsCompany, f.ftsDescription);
  const ids = skillKeyIds(sqlite);
  for (const s of f.skills) st.skillInsert.run(id, ids.get(s.key) ?? skillIdFor(sqlite, s.key, s.name), s.kind);
}

/**
 * Postings a bulk import has decided to insert, written a chunk at a time: the jobs rows, then
 * their FTS rows, then their skills. Consecutive writes to one table keep SQLite's pages and
 * cursors hot (measured ~5 µs a posting faster than row by row). Ids are known in advance (SQLite
 * gives max + 1), so decisions about later postings can refer to buffered ones; reading a buffered
 * row in full or rewriting one flushes first.
 */
class PendingInserts implements Buffered {
  private readonly rows: { id: number; values: unknown[]; f: JobSearchFields }[] = [];

  constructor(
    private readonly sqlite: Sqlite,
    private readonly st: Statements,
    private nextId: number,
  ) {}

  /** Buffers a new row (values for INSERT_JOB_SQL) and returns its id. */
  add(values: unknown[], f: JobSearchFields): number {
    const id = this.nextId++;
    this.rows.push({ id, values, f });
    if (this.rows.length >= 64) this.flush();
    return id;
  }

  flush(): void {
    const { rows, st } = this;
    if (rows.length === 0) return;
    for (const r of rows) {
      // SQLite gives max + 1 too; letting it (rather than binding the id) saves a b-tree probe.
      const id = Number(st.insert.run(...r.values).lastInsertRowid);
      if (id !== r.id) throw new Error(`jobs row id ${id}, expected ${r.id}`);
    }
    for (const r of rows) st.ftsInsert.run(r.id, r.f.ftsTitle, r.f.ftsCompany, r.f.ftsDescription);
    const ids = skillKeyIds(this.sqlite);
    for (const r of rows) {
      for (const s of r.f.skills) st.skillInsert.run(r.id, ids.get(s.key) ?? skillIdFor(this.sqlite, s.key, s.name), s.kind);
    }
    rows.length = 0;
  }

  hasSource(source: string, externalId: string): boolean {
    return this.rows.some((r) => r.values[0] === source && r.values[1] === externalId);
  }

  urlId(urlKey: string): number | null {
    return this.rows.find((r) => r.f.urlKey === urlKey)?.id ?? null;
  }
}

/** Equal text, or the same words once normalized (case, accents, spacing and punctuation aside). */
function sameText(stored: string, incoming: string): boolean {
  return stored === incoming || words(normalizeForIndex(stored)).join(' ') === words(normalizeForIndex(incoming)).join(' ');
}

/** Returns whether anything was written and whether the posting's content changed. */
function mergeInto(sqlite: Sqlite, st: Statements, id: number, input: JobInput, now: string, keys: KeyFilter | null, seen: ShingleCache) {
  const row = st.byId.get(id) as StoredRow;
  const kept = storedParsed(row);
  const merged = mergeParsed(kept, input.job);
  const sources = JSON.parse(row.sources_json) as JobSource[];
  const incoming = sourceRef(input.job.source);
  const known = [kept.source, ...sources].some((s) => s.name === incoming.name && (s.url ?? '') === (incoming.url ?? '') && s.externalId === incoming.externalId);
  if (!known) sources.push(incoming);
  const parsedJson = parsedJsonOf(merged);
  const changed = parsedJson !== row.parsed_json || merged.description !== row.description;
  if (!changed && known) return { touched: false, changed: false };
  const f = jobSearchFields(merged);
  const values = jobRowValues(merged, f, row.posting_json, parsedJson, JSON.stringify(sources), changed ? now : row.updated_at);
  values[STATUS_FIELD] = row.status;
  st.update.run(...values, id);
  if (changed) writeIndex(sqlite, st, id, f, true);
  keys?.rewritten(row.dedupe_key, f);
  seen.forget(id);
  return { touched: true, changed };
}

/** Updates the row stored under the same source + external id; 'unchanged' when nothing differs. */
function updateSame(sqlite: Sqlite, st: Statements, same: SameSourceRow, input: JobInput, f: JobSearchFields, parsedJson: string, now: string, keys: KeyFilter | null, seen: ShingleCache): UpsertAction {
  const job = input.job;
  if (same.parsed_json === parsedJson && sameText(same.description, job.description ?? '')) return 'unchanged';
  st.update.run(...jobRowValues(job, f, postingJsonOf(input), parsedJson, same.sources_json, now), same.id);
  writeIndex(sqlite, st, same.id, f, true);
  keys?.rewritten(same.dedupe_key, f);
  seen.forget(same.id);
  return 'updated';
}

/**
 * Inserts or updates postings in ONE transaction. A posting already stored under the same
 * source + external id is updated in place (or left alone when nothing changed); otherwise one
 * with the same URL, or the same title and company with near-identical text, absorbs it.
 */
export function upsertJobs(sqlite: Sqlite, inputs: readonly (JobInput | ParsedJob)[], now: string = new Date().toISOString()): UpsertSummary {
  const summary: UpsertSummary = { outcomes: [], inserted: 0, updated: 0, merged: 0, unchanged: 0, changedIds: [] };
  const { st } = conn(sqlite);
  const run = sqlite.transaction(() => {
    const keys = KeyFilter.forBatch(sqlite, inputs.length);
    const seen = new ShingleCache(st);
    // Bulk calls buffer new rows (see PendingInserts); small ones write each at once.
    const pending = keys ? new PendingInserts(sqlite, st, (sqlite.prepare('SELECT coalesce(max(id), 0) + 1 FROM jobs').pluck().get() as number)) : null;
    const buffered = pending ?? NOTHING_BUFFERED;
    for (const raw of inputs) {
      const input: JobInput = 'job' in raw ? raw : { job: raw };
      const job = input.job;
      const f = jobSearchFields(job);
      const parsedJson = parsedJsonOf(job);
      let action: UpsertAction;
      let id: number;
      let changed = true;
      const same = findSameSource(st, job, keys, buffered);
      if (same) {
        id = same.id;
        action = updateSame(sqlite, st, same, input, f, parsedJson, now, keys, seen);
      } else {
        const dup = findDuplicate(st, job, f, keys, seen, buffered);
        if (dup.id !== null) {
          id = dup.id;
          buffered.flush();
          const merge = mergeInto(sqlite, st, id, input, now, keys, seen);
          action = merge.touched ? 'merged' : 'unchanged';
          changed = merge.changed;
        } else {
          const { values } = newJobRow(input, now, f, parsedJson);
          if (pending) id = pending.add(values, f);
          else {
            id = Number(st.insert.run(...values).lastInsertRowid);
            writeIndex(sqlite, st, id, f, false);
          }
          keys?.inserted(id, job, f, dup.entry);
          action = 'inserted';
        }
      }
      summary.outcomes.push({ id, action });
      summary[action]++;
      if (action !== 'unchanged' && changed) summary.changedIds.push(id);
    }
    buffered.flush();
  });
  try {
    run();
  } catch (error) {
    forgetSkillIds(sqlite);
    throw error;
  }
  summary.changedIds = [...new Set(summary.changedIds)];
  return summary;
}

/** Re-derives search fields, top terms, FTS rows and skills for rows indexed by an older version (or never). */
export function reindexStaleJobs(sqlite: Sqlite, batchSize = 2000): number {
  const select = sqlite.prepare('SELECT * FROM jobs WHERE index_version < ? LIMIT ?');
  const { st } = conn(sqlite);
  let total = 0;
  for (;;) {
    const rows = select.all(JOB_INDEX_VERSION, batchSize) as StoredRow[];
    if (rows.length === 0) return total;
    sqlite.transaction(() => {
      for (const row of rows) {
        const job = storedParsed(row);
        const f = jobIndexFields(job);
        const values = jobRowValues(job, f, row.posting_json, row.parsed_json ?? parsedJsonOf(job), row.sources_json, row.updated_at, f.topTerms.join(' '));
        values[STATUS_FIELD] = row.status; // keep the stored lifecycle and "not parsed yet"
        if (!row.parsed_json) values[PARSED_FIELD] = null;
        st.update.run(...values, row.id);
        writeIndex(sqlite, st, row.id, f, true);
      }
    })();
    total += rows.length;
  }
}

/**
 * Computes and stores the top terms of postings that have none yet ('' = not computed; a posting
 * with no eligible words stays '' and is recomputed, cheaply, each time). Returns the terms of
 * every posting it looked at, by id: those in `jobIds`, or all postings without terms.
 */
export function fillTopTerms(sqlite: Sqlite, jobIds?: readonly number[]): Map<number, string[]> {
  const { st } = conn(sqlite);
  const out = new Map<number, string[]>();
  const texts: [number, string, string | null, string][] = [];
  if (jobIds) {
    for (const id of jobIds) {
      const r = st.textOf.get(id) as [string, string | null, string] | undefined;
      if (r) texts.push([id, ...r]);
    }
  } else {
    texts.push(...(sqlite.prepare(`SELECT id, title, company, description FROM jobs WHERE top_terms = ''`).raw().all() as [number, string, string | null, string][]));
  }
  sqlite.transaction(() => {
    for (const [id, title, company, description] of texts) {
      const terms = topTerms(normalizeForIndex(title), company ? normalizeForIndex(company) : '', normalizeForIndex(description), TOP_TERMS);
      out.set(id, terms);
      if (terms.length) st.setTopTerms.run(terms.join(' '), id);
    }
  })();
  return out;
}

/** Deletes postings with their index rows (job_skills and job_matches cascade). */
export function deleteJobs(sqlite: Sqlite, ids: readonly number[]): number {
  const { st } = conn(sqlite);
  const del = sqlite.prepare('DELETE FROM jobs WHERE id = ?');
  let n = 0;
  sqlite.transaction(() => {
    for (const id of ids) {
      st.ftsDelete.run(id);
      n += del.run(id).changes;
    }
  })();
  return n;
}
