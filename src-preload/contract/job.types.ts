/**
 * Job posting data shared by main, preload and renderer. The canonical stored shape is
 * schema.org JobPosting (`jsonLd`); `ParsedJob` adds what Pathwise extracts offline.
 * Plain JSON only.
 */
import type { Seniority } from './resume.types';

export type RemoteMode = 'remote' | 'hybrid' | 'onsite';

export type EmploymentType = 'full-time' | 'part-time' | 'contract' | 'temporary' | 'internship' | 'volunteer' | 'per-diem' | 'other';

export type SalaryPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface SalaryRange {
  min: number | null;
  max: number | null;
  /** ISO 4217 code, e.g. USD, GBP, EUR. */
  currency: string | null;
  period: SalaryPeriod | null;
  /** The text it was read from. */
  text: string;
}

export type EducationLevel = 'high-school' | 'associate' | 'bachelor' | 'master' | 'doctorate';

/** One extracted requirement with the sentence it came from (shown in the job detail view). */
export interface JobRequirement {
  /** The skill or requirement as written, e.g. "SQL" or "written and verbal communication". */
  text: string;
  /** Taxonomy id/name when the requirement is a known skill. */
  skillId: string | null;
  skillName: string | null;
  kind: 'required' | 'preferred';
  sentence: string;
}

export type JobSourceKind = 'paste' | 'file' | 'csv' | 'url' | 'board' | 'aggregator';

export interface JobSource {
  kind: JobSourceKind;
  /** Human name of the source: "Greenhouse", "Lever", "Remotive", "JSON-LD", "Page text", "Pasted"… */
  name: string;
  /** The URL the person gave or the board's posting URL. Always kept (DATA-SOURCES.md). */
  url: string | null;
  /** The source's own id (ATS job id), used to merge duplicates. */
  externalId: string | null;
  /** Terms some sources attach (RemoteOK legal notice, Remotive attribution). */
  attribution?: string;
}

export interface ParsedJob {
  title: string;
  company: string | null;
  location: string | null;
  remote: RemoteMode | null;
  employmentType: EmploymentType | null;
  seniority: Seniority | null;
  minYearsExperience: number | null;
  education: { level: EducationLevel; text: string; required: boolean } | null;
  requiredSkills: string[];
  preferredSkills: string[];
  requirements: JobRequirement[];
  salary: SalaryRange | null;
  benefits: string[];
  responsibilities: string[];
  /** Plain text of the posting (HTML converted, scripts dropped). */
  description: string;
  /** Sanitized HTML of the posting when the source had HTML (render through DOMPurify again). */
  descriptionHtml: string | null;
  datePosted: string | null;
  validThrough: string | null;
  applyUrl: string | null;
  source: JobSource;
}
