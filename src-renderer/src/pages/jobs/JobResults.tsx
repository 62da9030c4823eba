/** The virtualized results list with its count, sort and paging. */
import { useCallback, type KeyboardEvent } from 'react';
import type { JobSearchHit } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { VirtualList } from '../../components/VirtualList';
import type { JobSortChoice } from '../../lib/job-query';
import { navigate } from '../../router/router';
import { useStore } from '../../stores';
import { JOB_ROW_HEIGHT, JobRow } from './JobRow';

const SORTS: { value: JobSortChoice; label: string; needsText?: boolean }[] = [
  { value: 'score', label: 'Best match' },
  { value: 'date', label: 'Newest' },
  { value: 'salary', label: 'Highest salary' },
  { value: 'relevance', label: 'Relevance', needsText: true },
];

export function JobResultsHeader() {
  const results = useStore((s) => s.jobResults);
  const sort = useStore((s) => s.jobFilters.sort);
  const hasText = useStore((s) => s.jobFilters.text.trim() !== '');
  const setJobFilters = useStore((s) => s.setJobFilters);
  const shown = results.hits.length;
  const effectiveSort = sort === 'relevance' && !hasText ? 'score' : sort;
  return (
    <div className="results-head">
      <p className="results-count" aria-live="polite" data-testid="job-count">
        {results.loading && !results.loaded
          ? 'Searching…'
          : `${shown.toLocaleString()}${results.hasMore ? '+' : ''} ${shown === 1 && !results.hasMore ? 'job' : 'jobs'}`}
        {results.loading && results.loaded && <Spinner size={12} label="Updating" />}
      </p>
      <label className="inline-field">
        <span className="field-label">Sort</span>
        <select
          className="input select"
          value={effectiveSort}
          onChange={(e) => void setJobFilters({ sort: e.target.value as JobSortChoice })}
          data-testid="job-sort"
        >
          {SORTS.filter((s) => !s.needsText || hasText).map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function JobResults() {
  const results = useStore((s) => s.jobResults);
  const loadMore = useStore((s) => s.loadMoreJobs);
  const setJobFlags = useStore((s) => s.setJobFlags);

  const toggleSave = useCallback((hit: JobSearchHit) => void setJobFlags(hit.id, { saved: !hit.saved }), [setJobFlags]);
  const onEndReached = useCallback(() => void loadMore(), [loadMore]);
  const onRowKey = (hit: JobSearchHit, event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 's' && event.key !== 'S') return false;
    toggleSave(hit);
    return true;
  };

  return (
    <div className="job-results card">
      <VirtualList
        items={results.hits}
        rowHeight={JOB_ROW_HEIGHT}
        getKey={(hit) => hit.id}
        idBase="job"
        label="Jobs. Up and down arrows move, Enter opens, S saves."
        rowTestId="job-row"
        onOpen={(hit) => navigate(`/jobs/${hit.id}`)}
        onRowKey={onRowKey}
        onEndReached={results.hasMore ? onEndReached : undefined}
        renderRow={(hit) => <JobRow hit={hit} onToggleSave={toggleSave} />}
      />
      {results.hasMore && (
        <div className="results-more">
          <Button size="sm" busy={results.loadingMore} onClick={() => void loadMore()} data-testid="job-more">
            Show more
          </Button>
        </div>
      )}
    </div>
  );
}
