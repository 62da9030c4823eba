-- index activity_log_at
CREATE INDEX activity_log_at ON activity_log (at DESC)
-- index cover_letters_job
CREATE INDEX cover_letters_job ON cover_letters (job_id, created_at)
-- index cover_letters_resume
CREATE INDEX cover_letters_resume ON cover_letters (resume_id) WHERE resume_id IS NOT NULL
-- index job_matches_job
CREATE INDEX job_matches_job ON job_matches (job_id)
-- index job_matches_score
CREATE INDEX job_matches_score ON job_matches (resume_id, score DESC)
-- index job_skills_skill
CREATE INDEX job_skills_skill ON job_skills (skill_id, kind)
-- index jobs_board
CREATE INDEX jobs_board ON jobs (board_id) WHERE board_id IS NOT NULL
-- index jobs_created_at
CREATE INDEX jobs_created_at ON jobs (created_at DESC)
-- index jobs_date_posted
CREATE INDEX jobs_date_posted ON jobs (date_posted DESC)
-- index jobs_dedupe_key
CREATE INDEX jobs_dedupe_key ON jobs (dedupe_key, source, source_id)
-- index jobs_marks
CREATE INDEX jobs_marks ON jobs (applied_at, saved, hidden, status)
-- index jobs_salary
CREATE INDEX jobs_salary ON jobs (coalesce(salary_max_year, salary_min_year)) WHERE salary_min_year IS NOT NULL OR salary_max_year IS NOT NULL
-- index jobs_saved
CREATE INDEX jobs_saved ON jobs (saved) WHERE saved = 1
-- index jobs_source_id
CREATE UNIQUE INDEX jobs_source_id ON jobs (source, source_id) WHERE source_id IS NOT NULL
-- index jobs_stale
CREATE INDEX jobs_stale ON jobs (index_version)
-- index jobs_url_key
CREATE INDEX jobs_url_key ON jobs (url_key) WHERE url_key IS NOT NULL
-- index ledger_at
CREATE INDEX ledger_at ON ledger (at)
-- index notifications_job
CREATE INDEX notifications_job ON notifications (job_id) WHERE job_id IS NOT NULL
-- index notifications_unread
CREATE INDEX notifications_unread ON notifications (at DESC) WHERE read = 0
-- index resumes_one_primary
CREATE UNIQUE INDEX resumes_one_primary ON resumes (is_primary) WHERE is_primary = 1
-- index resumes_parent
CREATE INDEX resumes_parent ON resumes (parent_id) WHERE parent_id IS NOT NULL
-- table activity_log
CREATE TABLE activity_log ( id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, data TEXT ) STRICT
-- table aggregator_fetches
CREATE TABLE aggregator_fetches ( source TEXT PRIMARY KEY, last_fetched_at TEXT NOT NULL ) STRICT
-- table boards
CREATE TABLE boards ( id INTEGER PRIMARY KEY, ats TEXT NOT NULL, token TEXT NOT NULL, url TEXT NOT NULL, company TEXT, refresh_hours INTEGER NOT NULL DEFAULT 24 CHECK (refresh_hours > 0), last_refreshed_at TEXT, last_error TEXT, region TEXT CHECK (region IS NULL OR region IN ('eu')), created_at TEXT NOT NULL DEFAULT '', UNIQUE (ats, token) ) STRICT
-- table cover_letters
CREATE TABLE cover_letters ( id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE, resume_id INTEGER REFERENCES resumes (id) ON DELETE SET NULL, tone TEXT NOT NULL CHECK (tone IN ('professional', 'warm', 'concise')), length TEXT NOT NULL CHECK (length IN ('short', 'medium', 'long')), text TEXT NOT NULL, produced_by TEXT NOT NULL, flagged_json TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT
-- table job_matches
CREATE TABLE job_matches ( resume_id INTEGER NOT NULL REFERENCES resumes (id) ON DELETE CASCADE, job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE, score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100), parts_json TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (resume_id, job_id) ) STRICT, WITHOUT ROWID
-- table job_skills
CREATE TABLE job_skills ( job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE, skill_id INTEGER NOT NULL REFERENCES skill_keys (id), kind TEXT NOT NULL CHECK (kind IN ('required', 'preferred')), PRIMARY KEY (job_id, skill_id) ) STRICT, WITHOUT ROWID
-- table jobs
CREATE TABLE jobs ( id INTEGER PRIMARY KEY, source TEXT NOT NULL, source_id TEXT, url TEXT, title TEXT NOT NULL, company TEXT, location TEXT, description TEXT NOT NULL, posting_json TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open', created_at TEXT NOT NULL, updated_at TEXT NOT NULL , parsed_json TEXT, remote TEXT CHECK (remote IN ('remote', 'hybrid', 'onsite')), employment_type TEXT, seniority TEXT, min_years REAL, education_level TEXT, education_required INTEGER NOT NULL DEFAULT 0 CHECK (education_required IN (0, 1)), salary_min_year REAL, salary_max_year REAL, salary_currency TEXT, date_posted TEXT, location_key TEXT, saved INTEGER NOT NULL DEFAULT 0 CHECK (saved IN (0, 1)), hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)), applied_at TEXT, notes TEXT NOT NULL DEFAULT '', url_key TEXT, dedupe_key TEXT, content_hash TEXT, top_terms TEXT NOT NULL DEFAULT '', sources_json TEXT NOT NULL DEFAULT '[]', index_version INTEGER NOT NULL DEFAULT 0 CONSTRAINT jobs_status_lifecycle CHECK (status IN ('open', 'closed')), board_id INTEGER REFERENCES boards (id) ON DELETE SET NULL) STRICT
-- table jobs_fts
CREATE VIRTUAL TABLE jobs_fts USING fts5 ( title, company, description, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0' )
-- table jobs_fts_config
CREATE TABLE 'jobs_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID
-- table jobs_fts_data
CREATE TABLE 'jobs_fts_data'(id INTEGER PRIMARY KEY, block BLOB)
-- table jobs_fts_docsize
CREATE TABLE 'jobs_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER)
-- table jobs_fts_idx
CREATE TABLE 'jobs_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID
-- table ledger
CREATE TABLE ledger ( id INTEGER PRIMARY KEY, at TEXT NOT NULL, host TEXT NOT NULL, feature TEXT NOT NULL, bytes_out INTEGER NOT NULL CHECK (bytes_out >= 0), bytes_in INTEGER NOT NULL CHECK (bytes_in >= 0) ) STRICT
-- table notifications
CREATE TABLE notifications ( id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL DEFAULT '', job_id INTEGER REFERENCES jobs (id) ON DELETE SET NULL, read INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)) ) STRICT
-- table resumes
CREATE TABLE resumes ( id INTEGER PRIMARY KEY, title TEXT NOT NULL, file_name TEXT NOT NULL, format TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE REFERENCES stored_files (sha256) ON DELETE RESTRICT, is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)), text TEXT NOT NULL, document_json TEXT NOT NULL, profile_json TEXT NOT NULL, corrections_json TEXT NOT NULL DEFAULT '{}', analysis_json TEXT NOT NULL, score INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , parent_id INTEGER REFERENCES resumes (id) ON DELETE SET NULL) STRICT
-- table saved_searches
CREATE TABLE saved_searches ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, query_json TEXT NOT NULL, min_score INTEGER CHECK (min_score BETWEEN 0 AND 100), created_at TEXT NOT NULL, last_alerted_at TEXT ) STRICT
-- table schema_migrations
CREATE TABLE schema_migrations ( id TEXT PRIMARY KEY, applied_at TEXT NOT NULL ) STRICT
-- table settings
CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT
-- table skill_keys
CREATE TABLE skill_keys ( id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL ) STRICT
-- table stored_files
CREATE TABLE stored_files ( sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64), bytes INTEGER NOT NULL CHECK (bytes >= 0), mime TEXT NOT NULL, original_name TEXT NOT NULL, created_at TEXT NOT NULL ) STRICT