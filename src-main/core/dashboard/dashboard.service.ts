import type { Kysely } from 'kysely';
import type { DashboardSummary } from '../../../src-preload/contract/dashboard.contract';
import type { ResumeAnalysis } from '../../../src-preload/contract/resume.types';
import { listActivity } from '../../db/repositories/activity.repository';
import { countJobs, countResumes, getPrimaryResumeRow } from '../../db/repositories/resumes.repository';
import type { Database } from '../../db/schema';

/** What the Dashboard shows: real counts from the store and the next step to take. */
export class DashboardService {
  constructor(private readonly db: Kysely<Database>) {}

  async summary(): Promise<DashboardSummary> {
    const [resumeCount, jobCount, primary, recentActivity] = await Promise.all([
      countResumes(this.db),
      countJobs(this.db),
      getPrimaryResumeRow(this.db),
      listActivity(this.db, 8),
    ]);
    let primaryResume: DashboardSummary['primaryResume'] = null;
    if (primary) {
      const analysis = JSON.parse(primary.analysis_json) as ResumeAnalysis;
      primaryResume = {
        id: primary.id,
        title: primary.title,
        score: primary.score,
        topFixes: analysis.checks
          .filter((c) => c.status !== 'pass')
          .sort((a, b) => b.weight * (1 - b.result) - a.weight * (1 - a.result))
          .slice(0, 3)
          .map((c) => ({ title: c.title, status: c.status, fix: c.fix })),
        skillCount: analysis.skills.length,
        updatedAt: primary.updated_at,
      };
    }
    return { resumeCount, jobCount, primaryResume, recentActivity };
  }
}
