/** Follow a company's careers board (Greenhouse, Lever, …): its open jobs now, and new ones as they appear. */
import { useState, type FormEvent } from 'react';
import type { BoardRefreshResult } from '../../../../../src-preload/contract';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { boardName, plural } from '../../../lib/job-format';
import { Link } from '../../../router/Link';
import { useStore } from '../../../stores';
import { useAction } from './useAction';

export const REFRESH_CHOICES = [6, 12, 24, 48, 72, 168];

export function refreshLabel(hours: number): string {
  if (hours % 168 === 0) return plural(hours / 168, 'week');
  if (hours % 24 === 0) return hours === 24 ? 'day' : plural(hours / 24, 'day');
  return plural(hours, 'hour');
}

export function followedMessage(result: BoardRefreshResult): string {
  return `Following ${boardName(result.board)} on ${result.board.atsName}: ${plural(result.added, 'job')} added`;
}

export function BoardFollowForm({ autoFocus = false, compact = false }: { autoFocus?: boolean; compact?: boolean }) {
  const followBoard = useStore((s) => s.followBoard);
  const [url, setUrl] = useState('');
  const [hours, setHours] = useState(24);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await run(() => followBoard(url, hours));
    if (!result) return;
    setDone(followedMessage(result));
    setUrl('');
  };

  return (
    <form className={compact ? 'form-row board-form' : 'form-stack board-form'} onSubmit={(e) => void submit(e)}>
      <div className="form-field grow">
        <label className="field-label" htmlFor="board-url">
          Careers page address
        </label>
        <input
          id="board-url"
          className="input"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://boards.greenhouse.io/acme"
          aria-invalid={Boolean(error)}
          data-autofocus={autoFocus || undefined}
          data-testid="board-url"
        />
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor="board-hours">
          Check for new jobs every
        </label>
        <select
          id="board-hours"
          className="input select"
          value={hours}
          onChange={(e) => setHours(Number(e.target.value))}
          data-testid="board-hours"
        >
          {REFRESH_CHOICES.map((h) => (
            <option key={h} value={h}>
              {refreshLabel(h)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field form-submit">
        <Button type="submit" variant="primary" busy={busy} disabled={!url.trim()} data-testid="board-follow">
          Follow
        </Button>
      </div>
      {error && (
        <p className="field-error form-wide" role="alert" data-testid="add-job-error">
          {error}
        </p>
      )}
      {done && (
        <p className="notice-ok form-wide" role="status" data-testid="board-followed">
          <Icon name="pass" size={16} /> {done}. <Link to={{ name: 'jobs' }}>Show jobs</Link>
        </p>
      )}
    </form>
  );
}

export function BoardTab() {
  return (
    <div className="form-stack">
      <p className="muted">
        Paste a company’s careers page on Greenhouse, Lever, Ashby, Workable or SmartRecruiters. Pathwise reads the board’s public listing,
        adds its open jobs, and checks it again on the schedule you choose.
      </p>
      <BoardFollowForm autoFocus />
      <p className="small">
        <Link to={{ name: 'boards' }}>Manage followed boards</Link>
      </p>
    </div>
  );
}
