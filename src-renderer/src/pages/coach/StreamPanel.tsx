import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import type { CoachRun } from '../../stores/ai-coach.slice';
import { isActive } from './useCoachRun';

/** Text as the model writes it, with Stop. The offline coach answers at once, so it shows only briefly. */
export function StreamPanel({ run, onStop, label }: { run: CoachRun; onStop: () => void; label: string }) {
  const active = isActive(run);
  if (!active && run.status !== 'cancelled') return null;
  return (
    <div className="coach-stream-wrap" data-testid="coach-stream-panel">
      <div className="coach-stream-head">
        {active ? <Spinner size={14} /> : null}
        <span className="muted small" aria-live="polite">
          {active ? run.message || 'Writing…' : 'Stopped. What was written so far is below; nothing was saved.'}
        </span>
        {active && (
          <Button size="sm" icon="close" onClick={onStop} data-testid="coach-stop">
            Stop
          </Button>
        )}
      </div>
      {run.text && (
        <div className="coach-stream" data-testid="coach-stream" aria-label={label} aria-busy={active}>
          {run.text}
        </div>
      )}
    </div>
  );
}
