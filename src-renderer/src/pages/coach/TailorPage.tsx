/**
 * `#/coach/tailor/:jobId`: suggestions that fit the resume to this job (asked for on opening), as a diff with reasons;
 * the person accepts or rejects each, and the accepted ones become a new tailored version (the
 * master resume is never changed). Claims the resume cannot evidence are listed, never offered.
 * Test ids: `tailor-start`, `suggestion`, `suggestion-accept`, `tailor-apply`, `tailored-version-link`.
 */
import { useEffect, useRef, useState } from 'react';
import type { ResumeSummary } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { useStore } from '../../stores';
import { errorMessage } from '../../stores/types';
import { CoachError } from './CoachError';
import { CoachGate, CoachHeader, ResumePicker, useCoachContext } from './CoachContext';
import { FeatureHint } from './FeatureHint';
import { ProducedByNote } from './ProducedBy';
import { SuggestionCard, type Decision } from './SuggestionCard';

export function TailorPage({ jobId }: { jobId: number }) {
  const context = useCoachContext(jobId);
  const state = useStore((s) => s.tailoring[jobId]);
  const tailor = useStore((s) => s.tailor);
  const apply = useStore((s) => s.applyTailoring);
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
    if (!useStore.getState().tailoring[jobId]) void tailor(jobId, context.resumeId);
  }, [ready, context.resumeId, jobId, tailor]);

  const run = (offline = false) => {
    if (!context.resumeId) return;
    setDecisions({});
    setCreated(null);
    setApplyError(null);
    void tailor(jobId, context.resumeId, offline);
  };

  const result = state?.data;
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
              <ResumePicker context={context} disabled={state?.loading} />
              <Button variant="primary" icon="send" busy={state?.loading} onClick={() => run()} data-testid="tailor-start">
                {result ? 'Suggest again' : 'Get suggestions'}
              </Button>
            </div>
            <FeatureHint feature="tailoring" />
          </Card>

          {state?.error && <CoachError error={state.error} feature="tailoring" onRetry={run} />}

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
