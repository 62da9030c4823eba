/** What the Jobs page shows when there is nothing to list: the first job to add, or filters to clear. */
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { useStore } from '../../stores';

export function FirstJobEmpty() {
  const openAddJob = useStore((s) => s.openAddJob);
  return (
    <EmptyState
      icon="briefcase"
      title="Add your first job"
      actions={
        <div className="empty-actions" data-testid="first-job-actions">
          <Button variant="primary" icon="clipboard" onClick={() => openAddJob('paste')}>
            Paste a description
          </Button>
          <Button icon="link" onClick={() => openAddJob('url')}>
            From a URL
          </Button>
          <Button icon="building" onClick={() => openAddJob('board')}>
            Follow a company board
          </Button>
          <Button icon="table" onClick={() => openAddJob('csv')}>
            Import a CSV
          </Button>
        </div>
      }
    >
      <p>Pathwise reads each posting, pulls out its requirements and scores it against your primary resume, all on this computer.</p>
    </EmptyState>
  );
}

export function NoResults() {
  const reset = useStore((s) => s.resetJobFilters);
  return (
    <EmptyState
      icon="search"
      title="No jobs match"
      actions={
        <Button onClick={() => void reset()} data-testid="clear-filters-empty">
          Clear filters
        </Button>
      }
    >
      <p>Try fewer words or loosen a filter.</p>
    </EmptyState>
  );
}
