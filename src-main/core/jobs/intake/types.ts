/** Shapes produced by job intake, before the lead's parser turns them into ParsedJob. */
import type { EmploymentType, JobSource, RemoteMode, SalaryRange } from '../../../../src-preload/contract/job.types';

/** A posting as a source describes it. Every field the source may omit is nullable. */
export interface RawPosting {
  /** The source's own id (ATS job id, aggregator id), or the URL when there is none. */
  externalId: string;
  /** Public page of the posting (always kept and shown: DATA-SOURCES.md). */
  url: string;
  applyUrl: string | null;
  title: string;
  company: string | null;
  location: string | null;
  remote: RemoteMode | null;
  employmentType: EmploymentType | null;
  /** ISO-8601 date or date-time as the source gave it (normalised to ISO when it was a timestamp). */
  datePosted: string | null;
  validThrough?: string | null;
  /** Structured salary when the source had one (or a clearly-stated figure in the text, `text` says which). */
  salary: SalaryRange | null;
  /** Sanitized (allowlist) HTML; the renderer still runs DOMPurify on top. */
  descriptionHtml: string | null;
  descriptionText: string | null;
  source: JobSource;
}

export type AtsKind = 'greenhouse' | 'lever' | 'ashby' | 'workable' | 'smartrecruiters';

/** A followed company board. */
export interface BoardRef {
  ats: AtsKind;
  /** Board token / site / slug / company identifier, as in the board's URL. */
  token: string;
  /** Lever EU accounts live on api.eu.lever.co. */
  region?: 'eu';
  /** Override the API base URL (tests point it at 127.0.0.1). */
  baseUrl?: string;
}

/** What detectBoard found in a careers URL. */
export interface DetectedBoard {
  ats: AtsKind;
  token: string;
  jobId: string | null;
  region?: 'eu';
}

export const ATS_NAMES: Record<AtsKind, string> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workable: 'Workable',
  smartrecruiters: 'SmartRecruiters',
};
