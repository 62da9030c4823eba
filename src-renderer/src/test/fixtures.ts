import type { DashboardSummary, ResumeDetail, ResumeSummary } from '../../../src-preload/contract';

export function summary(id: number, patch: Partial<ResumeSummary> = {}): ResumeSummary {
  return {
    id,
    title: `Resume ${id}`,
    fileName: `resume-${id}.pdf`,
    format: 'pdf',
    isPrimary: id === 1,
    score: 70,
    bytes: 1000,
    sha256: `sha-${id}`,
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
    ...patch,
  };
}

export function detail(id: number, patch: Partial<ResumeDetail> = {}): ResumeDetail {
  return {
    ...summary(id),
    profile: { basics: { name: 'Ada Lovelace', email: 'ada@example.com' }, meta: { provenance: {} } },
    analysis: {
      score: 70,
      checks: [],
      skills: [],
      totalYearsExperience: 3,
      seniority: 'mid',
      gaps: [],
      wordCount: 400,
      pageCount: 1,
      analyzedAt: '2025-01-01T10:00:00.000Z',
    },
    text: 'Ada Lovelace',
    pages: [],
    corrections: {},
    ...patch,
  };
}

export const emptyDashboard: DashboardSummary = { resumeCount: 0, jobCount: 0, primaryResume: null, recentActivity: [] };
