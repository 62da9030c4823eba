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
  status: string;
  created_at: string;
  updated_at: string;
}

export interface Database {
  settings: SettingsTable;
  activity_log: ActivityLogTable;
  stored_files: StoredFilesTable;
  resumes: ResumesTable;
  jobs: JobsTable;
}
