/**
 * Followed company boards: how many jobs each has open or closed, when it was last read and what
 * went wrong if it failed; refresh now, change how often, stop following.
 */
import { useEffect, useState } from 'react';
import type { Board } from '../../../../../src-preload/contract';
import { Button } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { PageHeader } from '../../../components/PageHeader';
import { Spinner } from '../../../components/Spinner';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { boardName } from '../../../lib/job-format';
import { Link } from '../../../router/Link';
import { useStore } from '../../../stores';
import { BoardFollowForm, REFRESH_CHOICES, refreshLabel } from '../add/BoardTab';

function BoardRow({ board, onRemove }: { board: Board; onRemove: (board: Board) => void }) {
  const busy = useStore((s) => Boolean(s.boardBusy[board.id]));
  const refresh = useStore((s) => s.refreshBoard);
  const setBoardInterval = useStore((s) => s.setBoardInterval);
  const openExternal = useStore((s) => s.openExternal);
  const name = boardName(board);
  const choices = REFRESH_CHOICES.includes(board.refreshHours)
    ? REFRESH_CHOICES
    : [...REFRESH_CHOICES, board.refreshHours].sort((a, b) => a - b);
  return (
    <tr data-testid="board-row">
      <td>
        <a
          href={board.url}
          className="board-name"
          onClick={(e) => {
            e.preventDefault();
            void openExternal(board.url);
          }}
        >
          {name}
        </a>
        <span className="chip chip-sm">{board.atsName}</span>
        {board.lastError && (
          <p className="board-error" role="status" data-testid="board-error">
            <Icon name="warn" size={14} /> {board.lastError}
          </p>
        )}
      </td>
      <td className="num">
        <span data-testid="board-open">{board.openJobs.toLocaleString()}</span> open
        <span className="muted"> · {board.closedJobs.toLocaleString()} closed</span>
      </td>
      <td className="col-date">
        {board.lastRefreshedAt ? (
          <time dateTime={board.lastRefreshedAt} title={formatDateTime(board.lastRefreshedAt)}>
            {formatRelative(board.lastRefreshedAt)}
          </time>
        ) : (
          'Never'
        )}
      </td>
      <td>
        <select
          className="input select input-compact"
          value={board.refreshHours}
          aria-label={`Check ${name} every`}
          onChange={(e) => void setBoardInterval(board.id, Number(e.target.value))}
          data-testid="board-interval"
        >
          {choices.map((h) => (
            <option key={h} value={h}>
              every {refreshLabel(h)}
            </option>
          ))}
        </select>
      </td>
      <td className="col-actions">
        <div className="row-actions">
          <Button
            size="sm"
            variant="ghost"
            icon="refresh"
            busy={busy}
            onClick={() => void refresh(board.id)}
            aria-label={`Refresh ${name} now`}
            data-testid="board-refresh"
          >
            Refresh
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon="trash"
            className="btn-danger-ghost"
            onClick={() => onRemove(board)}
            aria-label={`Stop following ${name}`}
            data-testid="board-remove"
          >
            Remove
          </Button>
        </div>
      </td>
    </tr>
  );
}

export function BoardsPage() {
  const { data, loading, error } = useStore((s) => s.boards);
  const loadBoards = useStore((s) => s.loadBoards);
  const removeBoard = useStore((s) => s.removeBoard);
  const [pending, setPending] = useState<Board | null>(null);
  const [removing, setRemoving] = useState(false);

  useEffect(() => {
    document.title = 'Company boards · Pathwise';
    void loadBoards();
  }, [loadBoards]);

  const confirm = async () => {
    if (!pending) return;
    setRemoving(true);
    await removeBoard(pending.id);
    setRemoving(false);
    setPending(null);
  };

  return (
    <>
      <PageHeader
        before={
          <Link to={{ name: 'jobs' }} className="back-link">
            <Icon name="arrowLeft" size={14} /> Jobs
          </Link>
        }
        title="Company boards"
        description="Careers pages you follow. Pathwise checks each on its schedule, adds new jobs and marks removed ones closed."
      />
      <Card title="Follow a board">
        <BoardFollowForm compact />
      </Card>
      {error && <ErrorNotice title="Could not list your boards" message={error} onRetry={() => void loadBoards()} />}
      {!data && loading && (
        <div className="loading-block">
          <Spinner label="Loading boards" />
        </div>
      )}
      {data && data.length === 0 && (
        <EmptyState icon="building" title="No boards followed yet">
          <p>Paste a company’s Greenhouse, Lever, Ashby, Workable or SmartRecruiters careers page above.</p>
        </EmptyState>
      )}
      {data && data.length > 0 && (
        <div className="card table-card">
          <div className="table-scroll">
            <table className="table boards-table">
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  <th scope="col">Jobs</th>
                  <th scope="col">Last checked</th>
                  <th scope="col">Schedule</th>
                  <th scope="col" className="col-actions">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.map((board) => (
                  <BoardRow key={board.id} board={board} onRemove={setPending} />
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {pending && (
        <ConfirmDialog
          title="Stop following this board?"
          confirmLabel="Remove"
          danger
          busy={removing}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        >
          <p>
            Pathwise stops checking <strong>{boardName(pending)}</strong> on {pending.atsName}. The jobs already in your list stay there.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
