import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useStore } from '../../stores';
import { ImportProgress } from '../resumes/ImportProgress';
import { ActivityCard } from './ActivityCard';
import { FirstStepCard } from './FirstStepCard';
import { PrimaryResumeCard } from './PrimaryResumeCard';
import { StatCard } from './StatCard';
import { AddFirstJobCard, TopMatchesCard } from './TopMatchesCard';

export function DashboardPage() {
  const { data, loading, error } = useStore((s) => s.dashboard);
  const loadDashboard = useStore((s) => s.loadDashboard);
  const counts = useStore((s) => s.jobCounts.data);
  const loadJobCounts = useStore((s) => s.loadJobCounts);
  const topMatches = useStore((s) => s.topMatches.data);
  const loadTopMatches = useStore((s) => s.loadTopMatches);
  const hasImport = useStore((s) => s.importJob !== null);

  useEffect(() => {
    document.title = 'Dashboard · Pathwise';
    void loadDashboard();
    void loadJobCounts();
    void loadTopMatches();
  }, [loadDashboard, loadJobCounts, loadTopMatches]);

  const jobTotal = counts?.total ?? data?.jobCount ?? 0;

  return (
    <>
      <PageHeader title="Dashboard" description="Where your job search stands, and the next step to take." />
      {error && <ErrorNotice title="Could not load the dashboard" message={error} onRetry={() => void loadDashboard()} />}
      {hasImport && <ImportProgress />}
      {!data && loading && (
        <div className="loading-block">
          <Spinner label="Loading the dashboard" />
        </div>
      )}
      {data && (
        <div className="dashboard-grid">
          {/* First a resume, then a first job; once both exist, the best matches. */}
          {data.primaryResume ? <PrimaryResumeCard resume={data.primaryResume} /> : <FirstStepCard hasResumes={data.resumeCount > 0} />}
          {data.primaryResume && jobTotal === 0 && <AddFirstJobCard />}
          {data.primaryResume && jobTotal > 0 && topMatches && <TopMatchesCard hits={topMatches} />}
          <div className="stat-row">
            <StatCard icon="resume" label="Resumes" value={data.resumeCount} href="#/resumes" />
            <StatCard icon="briefcase" label="Jobs" value={jobTotal} href="#/jobs" />
            <StatCard icon="star" label="Saved" value={counts?.saved ?? 0} href="#/jobs" />
            <StatCard icon="send" label="Applied" value={counts?.applied ?? 0} href="#/jobs" />
            {data.primaryResume && <StatCard icon="activity" label="Skills found" value={data.primaryResume.skillCount} />}
          </div>
          <ActivityCard entries={data.recentActivity} />
        </div>
      )}
    </>
  );
}
