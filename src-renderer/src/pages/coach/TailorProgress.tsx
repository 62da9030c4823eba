/**
 * Tailoring while it runs (a progress bar driven by the task's progress events, what it is doing
 * now, and Stop) and after a Stop (nothing was made or changed; try again, or use the offline coach).
 * Both are plain buttons, so Tab and Enter/Space reach them; focus moves to Stop when the person
 * asked for the run (start or retry button), and to "Try again" after a Stop, so it is never left
 * on a button that disappeared.
 * Test ids: `tailor-progress`, `tailor-progress-message`, `coach-stop`, `tailor-cancelled`, `tailor-retry`, `coach-use-offline`.
 */
import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { Spinner } from '../../components/Spinner';
import type { CoachRun } from '../../stores/ai-coach.slice';
import { isActive } from './useCoachRun';

export function TailorProgress({ run, onStop, focusStop }: { run: CoachRun; onStop: () => void; focusStop: boolean }) {
  const stopRef = useRef<HTMLButtonElement>(null);
  const active = isActive(run);
  useEffect(() => {
    if (active && focusStop) stopRef.current?.focus();
  }, [active, focusStop]);
  if (!active) return null;
  return (
    <div className="coach-stream-wrap" data-testid="tailor-progress">
      <ProgressBar value={run.progress?.done ?? 0} max={run.progress?.total ?? 1} label="Tailoring progress" />
      <div className="coach-stream-head">
        <Spinner size={14} />
        <span className="muted small" aria-live="polite" data-testid="tailor-progress-message">
          {run.message || 'Working…'}
        </span>
        <Button ref={stopRef} size="sm" icon="close" onClick={onStop} data-testid="coach-stop">
          Stop
        </Button>
      </div>
    </div>
  );
}

export function TailorCancelled({ onRetry }: { onRetry: (offline: boolean) => void }) {
  const retryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Only when focus was lost with the Stop button; never pull it away from where the person is.
    const current = document.activeElement;
    if (!current || current === document.body) retryRef.current?.focus();
  }, []);
  return (
    <div className="notice notice-warn coach-error" role="status" data-testid="tailor-cancelled">
      <Icon name="info" />
      <div className="notice-body">
        <strong>Tailoring stopped</strong>
        <p>No suggestions were made and your resume is unchanged.</p>
        <div className="coach-error-actions">
          <Button ref={retryRef} size="sm" icon="refresh" onClick={() => onRetry(false)} data-testid="tailor-retry">
            Try again
          </Button>
          <Button size="sm" variant="ghost" icon="lock" onClick={() => onRetry(true)} data-testid="coach-use-offline">
            Use offline coach
          </Button>
        </div>
      </div>
    </div>
  );
}
