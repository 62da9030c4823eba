import { useState } from 'react';
import type { ResumeSummary } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { errorMessage } from '../../stores/types';
import { useStore } from '../../stores';

/** Inline rename: Enter saves, Escape cancels; a refused title stays in the box with the reason. */
export function RenameField({ resume, onDone }: { resume: ResumeSummary; onDone: () => void }) {
  const renameResume = useStore((s) => s.renameResume);
  const [title, setTitle] = useState(resume.title);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const next = title.trim();
    if (next === resume.title) return onDone();
    if (!next) return setError('A title cannot be empty.');
    setSaving(true);
    setError(null);
    try {
      await renameResume(resume.id, next);
      onDone();
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <input
        className="input"
        value={title}
        maxLength={120}
        autoFocus
        aria-label="Resume title"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `rename-error-${resume.id}` : undefined}
        data-testid="rename-input"
        disabled={saving}
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          }
        }}
      />
      <Button size="sm" variant="primary" type="submit" busy={saving}>
        Save
      </Button>
      <Button size="sm" variant="ghost" onClick={onDone} disabled={saving}>
        Cancel
      </Button>
      {error && (
        <p className="field-error" id={`rename-error-${resume.id}`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
