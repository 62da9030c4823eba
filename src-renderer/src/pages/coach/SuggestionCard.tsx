/**
 * One tailoring suggestion: original and suggested text side by side with word-level highlights,
 * the reason, the source bullet it is built from, and Accept / Reject.
 * Test ids: `suggestion`, `suggestion-accept`, `suggestion-reject`, `unsupported-claim`.
 */
import type { TailoringSuggestion } from '../../../../src-preload/contract';
import { Icon } from '../../components/Icon';
import { wordDiff, type DiffPart } from './word-diff';

export type Decision = 'accepted' | 'rejected' | undefined;

function where(s: TailoringSuggestion): string {
  if (s.target.path === 'basics.summary') return 'Summary';
  const m = /^work\[(\d+)\]\.highlights\[(\d+)\]$/.exec(s.target.path);
  return m ? `Role ${Number(m[1]) + 1}, bullet ${Number(m[2]) + 1}` : s.target.path;
}

function Diff({ parts, kind }: { parts: DiffPart[]; kind: 'del' | 'ins' }) {
  return (
    <>
      {parts.map((p, i) => {
        if (!p.changed) return <span key={i}>{p.text}</span>;
        return kind === 'del' ? <del key={i}>{p.text}</del> : <ins key={i}>{p.text}</ins>;
      })}
    </>
  );
}

export function SuggestionCard({
  suggestion,
  decision,
  onDecide,
}: {
  suggestion: TailoringSuggestion;
  decision?: Decision;
  onDecide?: (decision: Decision) => void;
}) {
  const s = suggestion;
  const diff = wordDiff(s.original, s.suggested);
  const reorder = s.kind === 'reorder';
  const testId = onDecide ? 'suggestion' : 'unsupported-suggestion';
  return (
    <li className={`suggestion${decision ? ` is-${decision}` : ''}`} data-testid={testId}>
      <div className="suggestion-head">
        <span className="chip chip-sm">{reorder ? 'Move up' : 'Rewrite'}</span>
        <span className="muted small">{where(s)}</span>
        {onDecide && (
          <div className="suggestion-actions" role="group" aria-label="Decision">
            <button
              type="button"
              className="toggle toggle-accept"
              aria-pressed={decision === 'accepted'}
              onClick={() => onDecide(decision === 'accepted' ? undefined : 'accepted')}
              data-testid="suggestion-accept"
            >
              <Icon name="check" size={14} /> Accept
            </button>
            <button
              type="button"
              className="toggle toggle-reject"
              aria-pressed={decision === 'rejected'}
              onClick={() => onDecide(decision === 'rejected' ? undefined : 'rejected')}
              data-testid="suggestion-reject"
            >
              <Icon name="close" size={14} /> Reject
            </button>
          </div>
        )}
      </div>
      {reorder ? (
        <p className="suggestion-text">
          <q>{s.original}</q> → move to position {(s.moveTo ?? 0) + 1} in this role
        </p>
      ) : (
        <div className="suggestion-diff">
          <div>
            <p className="section-label">Original</p>
            <p className="suggestion-text diff-before">
              <Diff parts={diff.before} kind="del" />
            </p>
          </div>
          <div>
            <p className="section-label">Suggested</p>
            <p className="suggestion-text diff-after">
              <Diff parts={diff.after} kind="ins" />
            </p>
          </div>
        </div>
      )}
      <p className="suggestion-reason">
        <strong>Why: </strong>
        {s.reason}
      </p>
      {s.sourceBullet && s.sourceBullet !== s.original && (
        <p className="suggestion-source muted small">
          Built from: <q>{s.sourceBullet}</q>
        </p>
      )}
      {s.claims.length > 0 && (
        <ul className="claim-list">
          {s.claims.map((c, i) => (
            <li key={i} data-testid="unsupported-claim">
              <Icon name="warn" size={14} /> <strong>{c.text}</strong>: {c.reason}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
