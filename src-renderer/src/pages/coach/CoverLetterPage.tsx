/**
 * `#/coach/letter/:jobId`: choose tone and length, Generate (streamed, with Stop), then edit, check
 * the flagged sentences, export, or open an earlier letter for this job.
 * Test ids: `letter-tone`, `letter-length`, `letter-generate`, `saved-letter`, and LetterEditor's.
 */
import { useEffect, useState } from 'react';
import type { CoverLetterLength, CoverLetterTone, SavedCoverLetter } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { formatDateTime } from '../../lib/format';
import { useStore } from '../../stores';
import { letterKey } from '../../stores/ai-coach.slice';
import { CoachError } from './CoachError';
import { CoachGate, CoachHeader, ResumePicker, useCoachContext } from './CoachContext';
import { FeatureHint } from './FeatureHint';
import { LetterEditor } from './LetterEditor';
import { producedByText } from './ProducedBy';
import { StreamPanel } from './StreamPanel';
import { isActive, useCoachRun } from './useCoachRun';

const TONES: CoverLetterTone[] = ['professional', 'warm', 'concise'];
const LENGTHS: CoverLetterLength[] = ['short', 'medium', 'long'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function CoverLetterPage({ jobId }: { jobId: number }) {
  const context = useCoachContext(jobId);
  const key = letterKey(jobId);
  const run = useCoachRun<SavedCoverLetter>(key);
  const letters = useStore((s) => s.letters[jobId]);
  const loadLetters = useStore((s) => s.loadLetters);
  const start = useStore((s) => s.startCoverLetter);
  const stop = useStore((s) => s.stopCoachRun);
  const [tone, setTone] = useState<CoverLetterTone>('professional');
  const [length, setLength] = useState<CoverLetterLength>('medium');
  const [openId, setOpenId] = useState<number | null>(null);
  const active = isActive(run);

  useEffect(() => {
    void loadLetters(jobId);
  }, [jobId, loadLetters]);

  // A new letter opens in the editor as soon as it is saved (state adjusted while rendering, not in an effect).
  const newId = run?.status === 'done' ? (run.result?.id ?? null) : null;
  const [seenNewId, setSeenNewId] = useState<number | null>(null);
  if (newId !== null && newId !== seenNewId) {
    setSeenNewId(newId);
    setOpenId(newId);
  }

  const list = letters?.data ?? [];
  const open = list.find((l) => l.id === openId) ?? list[0] ?? null;
  const generate = (offline = false) =>
    void start(jobId, { tone, length, offline, ...(context.resumeId ? { resumeId: context.resumeId } : {}) });

  return (
    <>
      <CoachHeader
        title="Cover letter"
        jobId={jobId}
        job={context.job}
        description="A first draft from your resume and this posting. Sentences your resume does not back up are flagged for you to check."
      />
      <CoachGate context={context}>
        <div className="coach-page">
          <Card className="coach-controls">
            <div className="form-row">
              <ResumePicker context={context} disabled={active} />
              <label className="form-field">
                <span className="field-label-text">Tone</span>
                <select
                  className="input"
                  value={tone}
                  disabled={active}
                  onChange={(e) => setTone(e.target.value as CoverLetterTone)}
                  data-testid="letter-tone"
                >
                  {TONES.map((t) => (
                    <option key={t} value={t}>
                      {cap(t)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="form-field">
                <span className="field-label-text">Length</span>
                <select
                  className="input"
                  value={length}
                  disabled={active}
                  onChange={(e) => setLength(e.target.value as CoverLetterLength)}
                  data-testid="letter-length"
                >
                  {LENGTHS.map((l) => (
                    <option key={l} value={l}>
                      {cap(l)}
                    </option>
                  ))}
                </select>
              </label>
              <Button variant="primary" icon="send" busy={active} onClick={() => generate()} data-testid="letter-generate">
                Generate
              </Button>
            </div>
            <FeatureHint feature="coverLetter" />
            {run && <StreamPanel run={run} label="The letter as it is written" onStop={() => void stop(key)} />}
            {run?.status === 'error' && run.error && <CoachError error={run.error} feature="coverLetter" onRetry={generate} />}
          </Card>

          <div className="letter-layout">
            {open ? (
              <LetterEditor key={open.id} letter={open} onDeleted={() => setOpenId(null)} />
            ) : (
              <Card title="Your letter">
                <p className="muted">
                  {letters?.loading ? 'Loading…' : 'No letter yet for this job. Choose a tone and length, then Generate.'}
                </p>
              </Card>
            )}
            {list.length > 0 && (
              <Card title="Saved letters" className="saved-letters">
                <ul className="saved-letter-list">
                  {list.map((l) => (
                    <li key={l.id}>
                      <button
                        type="button"
                        className={l.id === open?.id ? 'saved-letter is-open' : 'saved-letter'}
                        aria-current={l.id === open?.id ? 'true' : undefined}
                        onClick={() => setOpenId(l.id)}
                        data-testid="saved-letter"
                      >
                        <span className="saved-letter-date">{formatDateTime(l.createdAt)}</span>
                        <span className="muted small">
                          {cap(l.tone)} · {cap(l.length)} · {producedByText(l.producedBy)}
                        </span>
                        {l.flagged.length > 0 && <span className="chip chip-sm chip-warn">{l.flagged.length} to check</span>}
                      </button>
                    </li>
                  ))}
                </ul>
              </Card>
            )}
          </div>
        </div>
      </CoachGate>
    </>
  );
}
