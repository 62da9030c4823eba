/**
 * Deterministic, offline resume analysis: named weighted checks, skills, experience and gaps.
 * Pure: the same input (and `now`) always gives the same output.
 */
import type { AnalysisCheck, ResumeAnalysis, ResumeProfile } from '../../../../src-preload/contract/resume.types';
import type { ExtractedDocument } from '../../documents/types';
import type { AnalysisContext } from './check';
import { checkBullets } from './checks/bullets';
import { checkContact } from './checks/contact';
import { checkDatesPresent, checkGapsAndOverlaps } from './checks/dates';
import { checkFileName } from './checks/file-name';
import { checkLayout } from './checks/layout';
import { checkLength } from './checks/length';
import { checkSections } from './checks/sections';
import { estimateSeniority, findGaps, totalYears, workSpans } from './experience';
import { countWords } from './phrases';
import { scoreChecks } from './score';
import { findResumeSkills } from './skills';

export interface AnalyzeResumeInput {
  profile: ResumeProfile;
  document: ExtractedDocument | null;
  fileName: string;
  now?: Date;
}

const WORDS_PER_PAGE = 500;

/** All the profile's text, for a word count when there is no source document. */
export function profileText(profile: ResumeProfile): string {
  const parts: unknown[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const { meta: _meta, ...content } = profile;
  walk(content);
  return parts.join(' ');
}

export function runChecks(context: AnalysisContext): AnalysisCheck[] {
  return [
    checkContact(context),
    checkSections(context),
    checkDatesPresent(context),
    checkGapsAndOverlaps(context),
    ...checkBullets(context),
    checkLength(context),
    checkLayout(context),
    checkFileName(context),
  ];
}

export function analyzeResume(input: AnalyzeResumeInput): ResumeAnalysis {
  const now = input.now ?? new Date();
  const work = input.profile.work ?? [];
  const spans = workSpans(work, now);
  const years = totalYears(spans);
  const wordCount = countWords(input.document?.text ?? profileText(input.profile));
  const pageCount = input.document?.meta.pageCount ?? Math.max(1, Math.ceil(wordCount / WORDS_PER_PAGE));
  const context: AnalysisContext = { ...input, now, totalYears: years, wordCount, pageCount };
  const checks = runChecks(context);
  return {
    score: scoreChecks(checks),
    checks,
    skills: findResumeSkills(input.profile, now),
    totalYearsExperience: years,
    seniority: estimateSeniority(work, spans, years),
    gaps: findGaps(spans.map((span) => span.interval)),
    wordCount,
    pageCount,
    analyzedAt: now.toISOString(),
  };
}
