import { z } from 'zod';
import { channel } from './define';
import type { JobSource, ParsedJob, RemoteMode } from './job.types';
import type { JobPreferences, MatchResult } from './match.types';
import type { TaskStarted } from './tasks.contract';

export interface JobSearchHit {
  id: number;
  title: string;
  company: string | null;
  location: string | null;
  remote: RemoteMode | null;
  employmentType: string | null;
  seniority: string | null;
  salaryMinYear: number | null;
  salaryMaxYear: number | null;
  salaryCurrency: string | null;
  datePosted: string | null;
  source: string;
  url: string | null;
  status: 'open' | 'closed';
  saved: boolean;
  hidden: boolean;
  appliedAt: string | null;
  /** Match score against the primary resume; null when there is no resume yet. */
  score: number | null;
  relevance: number | null;
}

export interface JobSearchPage {
  hits: JobSearchHit[];
  hasMore: boolean;
}

export interface JobDetail {
  id: number;
  job: ParsedJob;
  status: 'open' | 'closed';
  saved: boolean;
  hidden: boolean;
  appliedAt: string | null;
  notes: string;
  alsoSeenAt: JobSource[];
  createdAt: string;
  updatedAt: string;
  /** The explainable match against the primary resume; null without one. */
  match: MatchResult | null;
  resumeTitle: string | null;
}

export interface JobAdded {
  id: number;
  title: string;
  /** 'merged' / 'unchanged' mean the posting was already there (a duplicate). */
  action: 'inserted' | 'updated' | 'merged' | 'unchanged';
}

export interface JobCounts {
  total: number;
  open: number;
  closed: number;
  saved: number;
  applied: number;
  hidden: number;
}

export interface CsvPreview {
  columns: string[];
  rows: string[][];
  rowCount: number;
  /** Best guess of which column holds each field (column index), from the header names. */
  suggested: Partial<Record<CsvField, number>>;
}

export type CsvField = 'title' | 'company' | 'location' | 'description' | 'url' | 'salary' | 'datePosted' | 'employmentType';
export const CSV_FIELDS: readonly CsvField[] = ['title', 'company', 'location', 'description', 'url', 'salary', 'datePosted', 'employmentType'];

export interface Board {
  id: number;
  ats: string;
  atsName: string;
  token: string;
  url: string;
  company: string | null;
  refreshHours: number;
  lastRefreshedAt: string | null;
  lastError: string | null;
  openJobs: number;
  closedJobs: number;
}

export interface BoardRefreshResult {
  board: Board;
  added: number;
  closed: number;
  reopened: number;
}

export type AggregatorId = 'remotive' | 'remoteok' | 'arbeitnow' | 'hn';

export interface AggregatorInfo {
  id: AggregatorId;
  name: string;
  /** Terms shown before importing (attribution, polling limits). */
  terms: string;
  lastFetchedAt: string | null;
  /** When the next fetch is allowed (source terms), null when allowed now. */
  nextAllowedAt: string | null;
}

export interface SavedSearch {
  id: number;
  name: string;
  query: JobSearchInput;
  minScore: number | null;
  createdAt: string;
  lastAlertedAt: string | null;
}

export interface AppNotification {
  id: number;
  at: string;
  kind: string;
  title: string;
  body: string;
  jobId: number | null;
  read: boolean;
}

const REMOTE = z.enum(['remote', 'hybrid', 'onsite']);
const SENIORITY = z.enum(['intern', 'entry', 'junior', 'mid', 'senior', 'lead', 'principal', 'executive']);
const EMPLOYMENT = z.enum(['full-time', 'part-time', 'contract', 'temporary', 'internship', 'volunteer', 'per-diem', 'other']);
const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use an ISO date (YYYY-MM-DD).');
const Id = z.object({ id: z.number().int().positive() }).strict();

export const JobSearchSchema = z
  .object({
    text: z.string().max(500).optional(),
    mode: z.enum(['all', 'any']).optional(),
    remote: z.array(REMOTE).max(3).optional(),
    location: z.string().max(120).optional(),
    minSalary: z.number().min(0).max(10_000_000).optional(),
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    seniority: z.array(SENIORITY).max(8).optional(),
    employmentType: z.array(EMPLOYMENT).max(8).optional(),
    source: z.array(z.string().max(60)).max(20).optional(),
    postedFrom: ISO_DATE.optional(),
    postedTo: ISO_DATE.optional(),
    status: z.array(z.enum(['open', 'closed'])).max(2).optional(),
    saved: z.boolean().optional(),
    applied: z.boolean().optional(),
    hidden: z.boolean().optional(),
    minScore: z.number().int().min(0).max(100).optional(),
    sort: z.enum(['relevance', 'score', 'date', 'salary']).optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict();
export type JobSearchInput = z.infer<typeof JobSearchSchema>;

export const JobPreferencesSchema = z
  .object({
    titles: z.array(z.string().trim().min(1).max(120)).max(20),
    locations: z.array(z.string().trim().min(1).max(120)).max(20),
    remote: z.array(REMOTE).max(3),
    minSalary: z.number().int().min(0).max(10_000_000).nullable(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Use a 3-letter currency code such as USD.').nullable(),
  })
  .strict();

const FileSchema = z.object({ name: z.string().min(1).max(255), dataBase64: z.string().max(21_000_000, 'The file is larger than 15 MB.') }).strict();
const HttpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((v) => /^https?:\/\//i.test(v), 'Enter a web address starting with https://');

export const jobChannels = {
  'jobs:search': channel<JobSearchPage>()(JobSearchSchema),
  'jobs:get': channel<JobDetail>()(Id),
  'jobs:counts': channel<JobCounts>()(z.undefined()),
  'jobs:addText': channel<JobAdded>()(
    z.object({ text: z.string().trim().min(20, 'Paste the whole job description (at least a few sentences).').max(200_000), url: HttpUrl.optional() }).strict(),
  ),
  'jobs:addFile': channel<JobAdded>()(FileSchema),
  'jobs:addUrl': channel<JobAdded>()(z.object({ url: HttpUrl }).strict()),
  'jobs:csvPreview': channel<CsvPreview>()(FileSchema),
  'jobs:csvImport': channel<TaskStarted>()(
    z
      .object({
        file: FileSchema,
        mapping: z.partialRecord(z.enum(['title', 'company', 'location', 'description', 'url', 'salary', 'datePosted', 'employmentType']), z.number().int().min(0).max(200)),
      })
      .strict()
      .refine((v) => v.mapping.title !== undefined, 'Choose the column that holds the job title.'),
  ),
  'jobs:setFlags': channel<JobDetail>()(
    z.object({ id: z.number().int().positive(), saved: z.boolean().optional(), hidden: z.boolean().optional(), applied: z.boolean().optional() }).strict(),
  ),
  'jobs:setNotes': channel<JobDetail>()(z.object({ id: z.number().int().positive(), notes: z.string().max(20_000) }).strict()),
  'jobs:delete': channel<{ deleted: boolean }>()(Id),
  'boards:list': channel<Board[]>()(z.undefined()),
  'boards:follow': channel<BoardRefreshResult>()(
    z.object({ url: HttpUrl, refreshHours: z.number().int().min(1).max(24 * 14).optional() }).strict(),
  ),
  'boards:refresh': channel<BoardRefreshResult>()(Id),
  'boards:update': channel<Board>()(z.object({ id: z.number().int().positive(), refreshHours: z.number().int().min(1).max(24 * 14) }).strict()),
  'boards:remove': channel<{ removed: boolean }>()(Id),
  'aggregators:list': channel<AggregatorInfo[]>()(z.undefined()),
  'aggregators:import': channel<{ added: number; total: number }>()(
    z.object({ source: z.enum(['remotive', 'remoteok', 'arbeitnow', 'hn']), query: z.string().max(100).optional() }).strict(),
  ),
  'searches:list': channel<SavedSearch[]>()(z.undefined()),
  'searches:save': channel<SavedSearch>()(
    z.object({ name: z.string().trim().min(1).max(80), query: JobSearchSchema, minScore: z.number().int().min(0).max(100).nullable() }).strict(),
  ),
  'searches:delete': channel<{ deleted: boolean }>()(Id),
  'notifications:list': channel<AppNotification[]>()(z.object({ unreadOnly: z.boolean().optional() }).strict().optional()),
  'notifications:markRead': channel<{ updated: number }>()(z.object({ ids: z.array(z.number().int().positive()).max(500).optional() }).strict()),
  'preferences:get': channel<JobPreferences>()(z.undefined()),
  'preferences:update': channel<JobPreferences>()(JobPreferencesSchema),
};

