/**
 * Jobs: search-as-you-type over every posting, filters, sorts and a virtualized list; saved
 * searches with alerts; the way in to adding jobs and to followed company boards.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { hasActiveFilters } from '../../lib/job-query';
import { Link } from '../../router/Link';
import { useStore } from '../../stores';
import { DebouncedInput } from './DebouncedInput';
import { JobFiltersPanel } from './JobFiltersPanel';
import { JobResults, JobResultsHeader } from './JobResults';
import { FirstJobEmpty, NoResults } from './JobsEmpty';
import { SaveSearchDialog, SavedSearchList } from './SavedSearches';

function useSlashToSearch(input: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
}

export function JobsPage() {
  const results = useStore((s) => s.jobResults);
  const counts = useStore((s) => s.jobCounts);
  const filters = useStore((s) => s.jobFilters);
  const searchJobs = useStore((s) => s.searchJobs);
  const loadJobCounts = useStore((s) => s.loadJobCounts);
  const setJobFilters = useStore((s) => s.setJobFilters);
  const openAddJob = useStore((s) => s.openAddJob);
  const [saving, setSaving] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToSearch(searchRef);

  useEffect(() => {
    document.title = 'Jobs · Pathwise';
    void searchJobs();
    void loadJobCounts();
  }, [searchJobs, loadJobCounts]);

  const noJobsAtAll = counts.data?.total === 0 && !hasActiveFilters(filters);
  const empty = results.loaded && !results.error && results.hits.length === 0;

  return (
    <>
      <PageHeader
        title="Jobs"
        description="Every posting you added, ranked against your primary resume."
        actions={
          <>
            <Link to={{ name: 'boards' }} className="btn btn-secondary" data-testid="boards-link">
              <Icon name="building" size={16} />
              <span>Company boards</span>
            </Link>
            <Button variant="primary" icon="plus" onClick={() => openAddJob()} data-testid="add-job">
              Add jobs
            </Button>
          </>
        }
      />
      <div className="search-bar">
        <Icon name="search" className="search-icon" />
        <DebouncedInput
          ref={searchRef}
          type="search"
          className="input search-input"
          value={filters.text}
          onValue={(text) => void setJobFilters({ text })}
          placeholder="Search titles, companies and descriptions   ( / )"
          aria-label="Search jobs"
          maxLength={500}
          data-testid="job-search"
        />
        <Button onClick={() => setSaving(true)} icon="bell" disabled={noJobsAtAll} data-testid="save-search">
          Save this search
        </Button>
      </div>
      <div className="jobs-layout">
        <aside className="jobs-side">
          <JobFiltersPanel />
          <SavedSearchList />
        </aside>
        <div className="jobs-main">
          <JobResultsHeader />
          {results.error && <ErrorNotice title="Could not search your jobs" message={results.error} onRetry={() => void searchJobs()} />}
          {!results.loaded && results.loading && (
            <div className="loading-block">
              <Spinner label="Loading jobs" />
            </div>
          )}
          {empty && (noJobsAtAll ? <FirstJobEmpty /> : <NoResults />)}
          {results.hits.length > 0 && <JobResults />}
        </div>
      </div>
      {saving && <SaveSearchDialog onClose={() => setSaving(false)} />}
    </>
  );
}
