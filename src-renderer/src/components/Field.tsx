/**
 * One parsed profile value, correctable in place. Click or Enter edits; Enter (or leaving the box)
 * saves; Escape cancels. A refused value stays in the box with main's reason. The confidence dot
 * and the source ("page 1, line 4: …") come from the parser's provenance.
 * Test ids: `field-<path>` on the value, `edit-<path>` on the input.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldProvenance } from '../../../src-preload/contract';
import { errorMessage } from '../stores/types';

export type Confidence = 'high' | 'medium' | 'low' | 'corrected' | 'unknown';

export function confidenceOf(provenance: FieldProvenance | undefined, corrected: boolean): Confidence {
  if (corrected) return 'corrected';
  if (!provenance || !Number.isFinite(provenance.confidence)) return 'unknown';
  if (provenance.confidence >= 0.8) return 'high';
  if (provenance.confidence >= 0.5) return 'medium';
  return 'low';
}

const CONFIDENCE_TEXT: Record<Confidence, string> = {
  high: 'Read with high confidence',
  medium: 'Read with medium confidence',
  low: 'Low confidence: check this',
  corrected: 'Corrected by you',
  unknown: '',
};

interface FieldProps {
  path: string;
  label: string;
  value: string | undefined;
  provenance?: FieldProvenance;
  corrected?: boolean;
  multiline?: boolean;
  /** How to show the stored value (e.g. "Mar 2021" for `2021-03`); editing uses the raw value. */
  display?: (value: string) => string;
  placeholder?: string;
  /** Hint under the input while editing, e.g. the date format. */
  hint?: string;
  onSave: (path: string, value: string | null) => Promise<unknown>;
  /** Compact variant for list items (highlights): no label column. */
  inline?: boolean;
}

export function Field({
  path,
  label,
  value,
  provenance,
  corrected = false,
  multiline = false,
  display,
  placeholder = 'Add',
  hint,
  onSave,
  inline = false,
}: FieldProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const settled = useRef(false);
  const id = useId();
  const confidence = confidenceOf(provenance, corrected);
  const source = provenance?.source;

  const start = () => {
    settled.current = false;
    setDraft(value ?? '');
    setError(null);
    setEditing(true);
  };

  const cancel = () => {
    settled.current = true;
    setEditing(false);
    setError(null);
  };

  const save = async () => {
    if (settled.current || saving) return;
    const next = multiline ? draft.trim() : draft.replace(/\s+/g, ' ').trim();
    if (next === (value ?? '').trim()) return cancel();
    settled.current = true;
    setSaving(true);
    setError(null);
    try {
      await onSave(path, next === '' ? null : next);
      setEditing(false);
    } catch (e) {
      // Keep what they typed and let them fix it.
      settled.current = false;
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      event.preventDefault();
      void save();
    }
  };

  const tipId = `${id}-tip`;
  const errorId = `${id}-error`;
  const shown = value ? (display ? display(value) : value) : '';

  const input = multiline ? (
    <textarea
      className="input field-input"
      data-testid={`edit-${path}`}
      aria-label={label}
      value={draft}
      rows={Math.min(8, Math.max(3, Math.ceil(draft.length / 80)))}
      autoFocus
      disabled={saving}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => void save()}
    />
  ) : (
    <input
      className="input field-input"
      data-testid={`edit-${path}`}
      aria-label={label}
      value={draft}
      autoFocus
      disabled={saving}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => void save()}
    />
  );

  return (
    <div className={`field confidence-${confidence}${inline ? ' field-inline' : ''}${editing ? ' is-editing' : ''}`}>
      {!inline && <span className="field-label">{label}</span>}
      <div className="field-value-wrap">
        {editing ? (
          <div className="field-editor">
            {input}
            <p className={error ? 'field-error' : 'field-hint'} id={errorId} role={error ? 'alert' : undefined}>
              {error ??
                (saving
                  ? 'Saving…'
                  : (hint ?? (multiline ? 'Enter saves · Shift+Enter adds a line · Esc cancels' : 'Enter saves · Esc cancels')))}
            </p>
          </div>
        ) : (
          <span
            className={`field-value${shown ? '' : ' is-empty'}${multiline ? ' is-multiline' : ''}`}
            role="button"
            tabIndex={0}
            data-testid={`field-${path}`}
            aria-label={`${label}: ${shown || 'empty'}. Press Enter to edit.`}
            aria-describedby={source || confidence !== 'unknown' ? tipId : undefined}
            onClick={start}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                start();
              }
            }}
          >
            {shown || placeholder}
          </span>
        )}
        {!editing && confidence !== 'unknown' && (
          <span className="field-meta">
            <span className="confidence-dot" aria-hidden="true" />
            {confidence === 'low' && <span className="flag flag-check">Check this</span>}
            {confidence === 'corrected' && <span className="flag flag-corrected">Corrected</span>}
          </span>
        )}
        {!editing && (source || confidence !== 'unknown') && (
          <span className="field-tip" role="tooltip" id={tipId}>
            {CONFIDENCE_TEXT[confidence] && <span className="field-tip-confidence">{CONFIDENCE_TEXT[confidence]}</span>}
            {source && (
              <span className="field-tip-source">
                Page {source.page}, line {source.line}: <q>{source.text}</q>
              </span>
            )}
          </span>
        )}
      </div>
    </div>
  );
}
