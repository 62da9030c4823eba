/**
 * Job-match DTOs shared by main, preload and renderer. Plain JSON only.
 * A match is explainable: the score is the weighted mean of named parts, each with what it
 * earned and why, so the UI can show exactly where the number came from.
 */
import type { RemoteMode } from './job.types';

export type MatchPartId =
  | 'required-skills'
  | 'preferred-skills'
  | 'experience'
  | 'title'
  | 'education'
  | 'keywords'
  | 'location'
  | 'salary';

export interface MatchPart {
  id: MatchPartId;
  label: string;
  /**
   * Share of the score this part carried, in percent (the weights of the parts that were
   * compared sum to 100). 0 when the part was excluded for lack of data.
   */
  weight: number;
  /** 0..1 share of the weight earned; null when the part was excluded (no data to compare). */
  earned: number | null;
  /** What was compared and what was found, in plain words (says so when the part was excluded). */
  detail: string;
}

export interface MatchResult {
  /** 0..100. */
  score: number;
  parts: MatchPart[];
  matchingSkills: { required: string[]; preferred: string[] };
  missingSkills: { required: string[]; preferred: string[] };
  /** Important terms of the posting that the resume never uses (skills excluded). */
  missingKeywords: string[];
  /** Concrete, honest next steps: only ever suggests showing what the resume already evidences. */
  suggestions: string[];
}

/** What the person is looking for; kept in settings and used by matching and saved searches. */
export interface JobPreferences {
  titles: string[];
  locations: string[];
  remote: RemoteMode[];
  /** Yearly minimum in `currency`. */
  minSalary: number | null;
  /** ISO 4217 code. */
  currency: string | null;
}
