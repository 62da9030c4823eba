/**
 * Coach feedback on a resume (the Coach tab of the resume page): "Get feedback" streams the coach's
 * text with Stop, then shows what works, the top fixes and who wrote it.
 * Test ids: `coach-feedback-start`, `coach-feedback-result`, `coach-strength`, `coach-fix`.
 */
import type { FeedbackResult } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { useStore } from '../../stores';
import { feedbackKey } from '../../stores/ai-coach.slice';
import { CoachError } from './CoachError';
import { FeatureHint } from './FeatureHint';
import { ProducedByNote } from './ProducedBy';
import { StreamPanel } from './StreamPanel';
import { isActive, useCoachRun } from './useCoachRun';

function FeedbackView({ result }: { result: FeedbackResult }) {
  return (
    <div className="coach-result" data-testid="coach-feedback-result">
      <ProducedByNote producedBy={result.producedBy} />
      {result.narrative && <p className="coach-narrative">{result.narrative}</p>}
      <div className="coach-columns">
        <section aria-label="What already works">
          <h3 className="section-label">What already works</h3>
          <ul className="coach-list">
            {result.strengths.map((s, i) => (
              <li key={i} data-testid="coach-strength">
                <Icon name="pass" size={16} className="coach-ok" /> {s}
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Top fixes">
          <h3 className="section-label">Top fixes</h3>
          {result.topFixes.length === 0 ? (
            <p className="muted">Nothing important to fix.</p>
          ) : (
            <ol className="coach-fixes">
              {result.topFixes.map((fix) => (
                <li key={fix.checkId} data-testid="coach-fix">
                  <div className="coach-fix-head">
                    <strong>{fix.title}</strong>
                    {fix.points > 0 && <span className="chip chip-sm">up to +{Math.round(fix.points * 10) / 10} pts</span>}
                  </div>
                  <p>{fix.fix}</p>
                  {fix.evidence && fix.evidence.length > 0 && (
                    <ul className="evidence-list" aria-label="Examples from your resume">
                      {fix.evidence.map((e, i) => (
                        <li key={i}>
                          <q>{e}</q>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}

export function FeedbackPanel({ resumeId }: { resumeId: number }) {
  const key = feedbackKey(resumeId);
  const run = useCoachRun<FeedbackResult>(key);
  const start = useStore((s) => s.startFeedback);
  const stop = useStore((s) => s.stopCoachRun);
  const active = isActive(run);
  return (
    <Card
      title="Coach feedback"
      className="coach-card"
      actions={
        <Button variant="primary" icon="send" busy={active} onClick={() => void start(resumeId)} data-testid="coach-feedback-start">
          {run?.status === 'done' ? 'Ask again' : 'Get feedback'}
        </Button>
      }
    >
      <p className="muted card-intro">What already works in this resume and the few changes worth the most, written from its analysis.</p>
      <FeatureHint feature="feedback" />
      {run && <StreamPanel run={run} label="Feedback as it is written" onStop={() => void stop(key)} />}
      {run?.status === 'error' && run.error && (
        <CoachError error={run.error} feature="feedback" onRetry={(offline) => void start(resumeId, offline)} />
      )}
      {run?.status === 'done' && run.result && <FeedbackView result={run.result} />}
    </Card>
  );
}
