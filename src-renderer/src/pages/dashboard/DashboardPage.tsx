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

export function DashboardPage() {
  const { data, loading, error } = useStore((s) => s.dashboard);
  const loadDashboard = useStore((s) => s.loadDashboard);
  const hasImport = useStore((s) => s.importJob !== null);

  useEffect(() => {
    document.title = 'Dashboard · Pathwise';
    void loadDashboard();
  }, [loadDashboard]);

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
          {data.primaryResume ? <PrimaryResumeCard resume={data.primaryResume} /> : <FirstStepCard hasResumes={data.resumeCount > 0} />}
          <div className="stat-row">
            <StatCard icon="resume" label="Resumes" value={data.resumeCount} href="#/resumes" />
            <StatCard icon="briefcase" label="Saved jobs" value={data.jobCount} />
            {data.primaryResume && <StatCard icon="activity" label="Skills found" value={data.primaryResume.skillCount} />}
          </div>
          <ActivityCard entries={data.recentActivity} />
        </div>
      )}
    </>
  );
}
