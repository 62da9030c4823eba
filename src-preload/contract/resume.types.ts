/**
 * Resume data transfer types, shared by main, preload and renderer.
 * The profile follows JSON Resume 1.0 (https://jsonresume.org/schema); Pathwise-only data lives
 * under `meta` so an exported profile stays a valid JSON Resume document.
 * Plain JSON only: no classes, Dates or Buffers cross the IPC boundary.
 */

/** Where a parsed value came from in the source document (1-based page and line). */
export interface FieldSource {
  page: number;
  line: number;
  /** The source text the value was read from, trimmed. */
  text: string;
}

/** Provenance and confidence for one parsed field, keyed by a JSON path such as `work[0].startDate`. */
export interface FieldProvenance {
  source: FieldSource | null;
  /** 0..1: how sure the parser is. Corrected fields have confidence 1. */
  confidence: number;
}

export interface ResumeLocation {
  address?: string;
  postalCode?: string;
  city?: string;
  countryCode?: string;
  region?: string;
}

export interface ResumeProfileLink {
  network: string;
  username?: string;
  url: string;
}

export interface ResumeBasics {
  name?: string;
  label?: string;
  image?: string;
  email?: string;
  phone?: string;
  url?: string;
  summary?: string;
  location?: ResumeLocation;
  profiles?: ResumeProfileLink[];
}

export interface ResumeWork {
  name?: string;
  position?: string;
  location?: string;
  url?: string;
  /** ISO 8601 partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Absent endDate on a dated entry means "present". */
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights?: string[];
}

export interface ResumeVolunteer {
  organization?: string;
  position?: string;
  url?: string;
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights?: string[];
}

export interface ResumeEducation {
  institution?: string;
  url?: string;
  area?: string;
  studyType?: string;
  startDate?: string;
  endDate?: string;
  score?: string;
  courses?: string[];
}

export interface ResumeAward {
  title?: string;
  date?: string;
  awarder?: string;
  summary?: string;
}

export interface ResumeCertificate {
  name?: string;
  date?: string;
  issuer?: string;
  url?: string;
}

export interface ResumePublication {
  name?: string;
  publisher?: string;
  releaseDate?: string;
  url?: string;
  summary?: string;
}

export interface ResumeSkill {
  name?: string;
  level?: string;
  keywords?: string[];
}

export interface ResumeLanguage {
  language?: string;
  fluency?: string;
}

export interface ResumeInterest {
  name?: string;
  keywords?: string[];
}

export interface ResumeProject {
  name?: string;
  description?: string;
  highlights?: string[];
  keywords?: string[];
  startDate?: string;
  endDate?: string;
  url?: string;
  roles?: string[];
}

export interface ResumeMeta {
  /** Which parser produced this profile and from which format. */
  parser?: string;
  sourceFormat?: SourceFormat;
  /** Provenance per JSON path, e.g. `basics.email`, `work[1].position`. */
  provenance?: Record<string, FieldProvenance>;
  /** JSON paths the person corrected by hand; re-analysis keeps these values. */
  corrections?: Record<string, unknown>;
  /** Section headings found, in document order, as written. */
  sections?: { heading: string; kind: SectionKind; page: number; line: number }[];
  [key: string]: unknown;
}

export interface ResumeProfile {
  basics?: ResumeBasics;
  work?: ResumeWork[];
  volunteer?: ResumeVolunteer[];
  education?: ResumeEducation[];
  awards?: ResumeAward[];
  certificates?: ResumeCertificate[];
  publications?: ResumePublication[];
  skills?: ResumeSkill[];
  languages?: ResumeLanguage[];
  interests?: ResumeInterest[];
  projects?: ResumeProject[];
  meta?: ResumeMeta;
}

export type SourceFormat = 'pdf' | 'docx' | 'text' | 'markdown' | 'json-resume' | 'linkedin';

export type SectionKind =
  | 'summary'
  | 'work'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certificates'
  | 'languages'
  | 'volunteer'
  | 'awards'
  | 'publications'
  | 'interests'
  | 'references'
  | 'contact'
  | 'other';

/** Why an import failed. The UI and CLI show one of these, never a stack trace (SECURITY.md B-3). */
export type ImportFailureReason =
  | 'password-protected'
  | 'no-text-layer'
  | 'corrupt'
  | 'unsupported-format'
  | 'too-large'
  | 'timeout';

export type CheckStatus = 'pass' | 'warn' | 'fail';

/** One named ATS-readiness check: the score is the weighted sum of check results. */
export interface AnalysisCheck {
  id: string;
  title: string;
  category: 'contact' | 'structure' | 'dates' | 'bullets' | 'length' | 'layout' | 'file';
  /** Weight of this check in the total (weights sum to 100). */
  weight: number;
  /** 0..1 share of the weight earned. */
  result: number;
  status: CheckStatus;
  /** What was found, in plain words. */
  detail: string;
  /** A concrete fix, empty when the check passes. */
  fix: string;
  /** Examples from the resume that triggered the check (e.g. weak bullets). */
  evidence?: string[];
}

export interface SkillFinding {
  /** Canonical skill name from the bundled taxonomy (e.g. `JavaScript`). */
  name: string;
  /** Taxonomy id. */
  id: string;
  category: string;
  /** Where it was seen: the skills section, a work entry, summary, projects... */
  sources: ('skills' | 'work' | 'summary' | 'projects' | 'education' | 'certificates' | 'other')[];
  /** Forms as written in the resume (e.g. `JS`, `k8s`). */
  aliases: string[];
  /** Years of use inferred from dated work entries that mention it; null when unknown. */
  years: number | null;
}

export type Seniority = 'intern' | 'entry' | 'junior' | 'mid' | 'senior' | 'lead' | 'principal' | 'executive';

export interface ResumeAnalysis {
  score: number;
  checks: AnalysisCheck[];
  skills: SkillFinding[];
  totalYearsExperience: number;
  seniority: Seniority;
  /** Gaps of more than ~3 months between dated work entries, most recent first. */
  gaps: { from: string; to: string; months: number }[];
  wordCount: number;
  pageCount: number;
  analyzedAt: string;
}
