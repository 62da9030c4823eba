/**
 * Kysely table types. Keep in step with the migrations (the schema snapshot test catches drift).
 * JSON columns hold text; repositories parse them.
 */
import type { Generated } from 'kysely';

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface ActivityLogTable {
  id: Generated<number>;
  at: string;
  kind: string;
  message: string;
  data: string | null;
}

export interface StoredFilesTable {
  sha256: string;
  bytes: number;
  mime: string;
  original_name: string;
  created_at: string;
}

export interface ResumesTable {
  id: Generated<number>;
  title: string;
  file_name: string;
  format: string;
  sha256: string;
  is_primary: number;
  text: string;
  document_json: string;
  profile_json: string;
  corrections_json: string;
  analysis_json: string;
  score: number | null;
  created_at: string;
  updated_at: string;
  /** A tailored version points at the resume it was made from. */
  parent_id: number | null;
}

export interface JobsTable {
  id: Generated<number>;
  source: string;
  source_id: string | null;
  url: string | null;
  title: string;
  company: string | null;
  location: string | null;
  description: string;
  posting_json: string;
  /** The posting's lifecycle; what the person did with it is in saved / hidden / applied_at. */
  status: 'open' | 'closed';
  created_at: string;
  updated_at: string;
  /** ParsedJob without `description` (kept in its own column); null for rows imported before 0002. */
  parsed_json: string | null;
  remote: 'remote' | 'hybrid' | 'onsite' | null;
  employment_type: string | null;
  seniority: string | null;
  min_years: number | null;
  education_level: string | null;
  education_required: Generated<number>;
  salary_min_year: number | null;
  salary_max_year: number | null;
  salary_currency: string | null;
  date_posted: string | null;
  location_key: string | null;
  saved: Generated<number>;
  hidden: Generated<number>;
  applied_at: string | null;
  notes: Generated<string>;
  url_key: string | null;
  dedupe_key: string | null;
  content_hash: string | null;
  top_terms: Generated<string>;
  sources_json: Generated<string>;
  index_version: Generated<number>;
  /** The followed board this posting came from (2026-11-22-0010). */
  board_id: number | null;
}

export interface SkillKeysTable {
  id: Generated<number>;
  key: string;
  name: string;
}

export interface JobSkillsTable {
  job_id: number;
  skill_id: number;
  kind: 'required' | 'preferred';
}

export interface JobMatchesTable {
  resume_id: number;
  job_id: number;
  score: number;
  parts_json: string;
  updated_at: string;
}

export interface BoardsTable {
  id: Generated<number>;
  ats: string;
  token: string;
  url: string;
  company: string | null;
  refresh_hours: Generated<number>;
  last_refreshed_at: string | null;
  last_error: string | null;
  region: 'eu' | null;
  created_at: Generated<string>;
}

export interface AggregatorFetchesTable {
  source: string;
  last_fetched_at: string;
}

export interface SavedSearchesTable {
  id: Generated<number>;
  name: string;
  query_json: string;
  min_score: number | null;
  created_at: string;
  last_alerted_at: string | null;
}

export interface NotificationsTable {
  id: Generated<number>;
  at: string;
  kind: string;
  title: string;
  body: Generated<string>;
  job_id: number | null;
  read: Generated<number>;
}

export interface CoverLettersTable {
  id: Generated<number>;
  job_id: number;
  resume_id: number | null;
  tone: string;
  length: string;
  text: string;
  /** 'offline' or the provider's label. */
  produced_by: string;
  flagged_json: Generated<string>;
  created_at: string;
  updated_at: string;
}

/** What left the machine: host, feature and byte counts, never content (SECURITY.md S-5). */
export interface LedgerTable {
  id: Generated<number>;
  at: string;
  host: string;
  feature: string;
  bytes_out: number;
  bytes_in: number;
}

export interface Database {
  aggregator_fetches: AggregatorFetchesTable;
  settings: SettingsTable;
  activity_log: ActivityLogTable;
  stored_files: StoredFilesTable;
  resumes: ResumesTable;
  jobs: JobsTable;
  skill_keys: SkillKeysTable;
  job_skills: JobSkillsTable;
  job_matches: JobMatchesTable;
  boards: BoardsTable;
  saved_searches: SavedSearchesTable;
  notifications: NotificationsTable;
  cover_letters: CoverLettersTable;
  ledger: LedgerTable;
}
