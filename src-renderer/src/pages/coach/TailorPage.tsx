/**
 * `#/coach/tailor/:jobId`: suggestions that fit the resume to this job (asked for on opening), as a diff with reasons;
 * the person accepts or rejects each, and the accepted ones become a new tailored version (the
 * master resume is never changed). Claims the resume cannot evidence are listed, never offered.
 * Tailoring runs as a task: a progress bar and Stop while it works; after a Stop, nothing is shown
 * to accept (only "Try again"). Leaving the page stops a run still working.
 * Test ids: `tailor-start`, `tailor-progress`, `coach-stop`, `tailor-cancelled`, `suggestion`, `suggestion-accept`,
 * `tailor-apply`, `tailored-version-link`.
 */
import { useEffect, useRef, useState } from 'react';
import type { ResumeSummary, TailoringResult } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { useStore } from '../../stores';
import { tailorKey } from '../../stores/ai-coach.slice';
import { errorMessage } from '../../stores/types';
import { CoachError } from './CoachError';
import { CoachGate, CoachHeader, ResumePicker, useCoachContext } from './CoachContext';
import { FeatureHint } from './FeatureHint';
import { ProducedByNote } from './ProducedBy';
import { SuggestionCard, type Decision } from './SuggestionCard';
import { TailorCancelled, TailorProgress } from './TailorProgress';
import { isActive, useCoachRun } from './useCoachRun';

export function TailorPage({ jobId }: { jobId: number }) {
  const context = useCoachContext(jobId);
  const key = tailorKey(jobId);
  const run = useCoachRun<TailoringResult>(key);
  const start = useStore((s) => s.startTailoring);
  const stop = useStore((s) => s.stopCoachRun);
  const apply = useStore((s) => s.applyTailoring);
  const [focusStop, setFocusStop] = useState(false);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const [created, setCreated] = useState<ResumeSummary | null>(null);

  // Opening the page asks for suggestions at once (with the primary resume), unless some are already shown.
  const autoStarted = useRef(false);
  const ready = Boolean(context.job && context.resumeId);
  useEffect(() => {
    if (autoStarted.current || !ready || !context.resumeId) return;
    autoStarted.current = true;
    if (!useStore.getState().coachRuns[key]) void start(jobId, context.resumeId);
  }, [ready, context.resumeId, jobId, key, start]);

  /** Asked for by the person (button, retry): focus follows the run to its Stop button. */
  const ask = (offline = false) => {
    if (!context.resumeId) return;
    setDecisions({});
    setCreated(null);
    setApplyError(null);
    setFocusStop(true);
    void start(jobId, context.resumeId, offline);
  };

  const active = isActive(run);
  // Only a finished run has suggestions; a stopped or failed one shows none to accept.
  const result = run?.status === 'done' ? run.result : null;
  const accepted = result?.suggestions.filter((s) => decisions[s.id] === 'accepted').map((s) => s.id) ?? [];

  const create = async () => {
    setApplying(true);
    setApplyError(null);
    try {
      setCreated(await apply(jobId, accepted));
    } catch (e) {
      setApplyError(errorMessage(e));
    } finally {
      setApplying(false);
    }
  };

  return (
    <>
      <CoachHeader
        title="Tailor your resume"
        jobId={jobId}
        job={context.job}
        description="Suggestions built only from what your resume already says. Accepted ones go into a new version; your original stays as it is."
      />
      <CoachGate context={context}>
        <div className="coach-page">
          <Card className="coach-controls">
            <div className="form-row">
              <ResumePicker context={context} disabled={active} />
              <Button variant="primary" icon="send" busy={active} onClick={() => ask()} data-testid="tailor-start">
                {result ? 'Suggest again' : 'Get suggestions'}
              </Button>
            </div>
            <FeatureHint feature="tailoring" />
            {run && <TailorProgress run={run} focusStop={focusStop} onStop={() => void stop(key)} />}
          </Card>

          {run?.status === 'cancelled' && <TailorCancelled onRetry={ask} />}
          {run?.status === 'error' && run.error && <CoachError error={run.error} feature="tailoring" onRetry={ask} />}

          {result && (
            <Card
              title={`Suggestions for ${result.jobTitle}`}
              actions={<span className="muted small">{accepted.length} accepted</span>}
              data-testid="tailor-result"
            >
              <ProducedByNote producedBy={result.producedBy} />
              {result.droppedCount ? (
                <p className="muted small">{result.droppedCount} of the model’s suggestions were unusable and left out.</p>
              ) : null}
              {result.suggestions.length === 0 ? (
                <p className="muted">No changes to suggest: this resume already fits the posting as well as its facts allow.</p>
              ) : (
                <ul className="suggestion-list">
                  {result.suggestions.map((s) => (
                    <SuggestionCard
                      key={s.id}
                      suggestion={s}
                      decision={decisions[s.id]}
                      onDecide={(d) => setDecisions((all) => ({ ...all, [s.id]: d }))}
                    />
                  ))}
                </ul>
              )}
              <div className="form-actions coach-apply">
                <Button
                  variant="primary"
                  icon="copy"
                  disabled={!accepted.length}
                  busy={applying}
                  onClick={() => void create()}
                  data-testid="tailor-apply"
                >
                  Create tailored version
                </Button>
                {!accepted.length && <span className="muted small">Accept at least one suggestion.</span>}
              </div>
              {applyError && (
                <p className="field-error" role="alert">
                  {applyError}
                </p>
              )}
              {created && (
                <p className="notice-ok" role="status">
                  <Icon name="pass" /> Created “{created.title}”.{' '}
                  <a href={`#/resumes/${created.id}`} data-testid="tailored-version-link">
                    Open the tailored version
                  </a>
                </p>
              )}
            </Card>
          )}

          {result && result.unsupported.length > 0 && (
            <Card title="Claims you can’t evidence" data-testid="tailor-unsupported">
              <p className="muted card-intro">
                These would add facts your resume does not back up, so they cannot be accepted. If they are true, add them to your resume
                first.
              </p>
              <ul className="suggestion-list">
                {result.unsupported.map((s) => (
                  <SuggestionCard key={s.id} suggestion={s} />
                ))}
              </ul>
            </Card>
          )}
        </div>
      </CoachGate>
    </>
  );
}
