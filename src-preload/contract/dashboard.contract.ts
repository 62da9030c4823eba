import { z } from 'zod';
import { channel } from './define';
import type { ActivityEntry } from './app.contract';
import type { CheckStatus } from './resume.types';

export interface DashboardSummary {
  resumeCount: number;
  jobCount: number;
  primaryResume: {
    id: number;
    title: string;
    score: number | null;
    topFixes: { title: string; status: CheckStatus; fix: string }[];
    skillCount: number;
    updatedAt: string;
  } | null;
  recentActivity: ActivityEntry[];
}

export const dashboardChannels = {
  'dashboard:summary': channel<DashboardSummary>()(z.undefined()),
};
