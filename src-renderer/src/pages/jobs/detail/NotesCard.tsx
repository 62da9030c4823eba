/** Private notes on a job, saved when the box loses focus or on Ctrl+Enter. A refused save keeps the text. */
import { useState } from 'react';
import { Card } from '../../../components/Card';
import { useStore } from '../../../stores';
import { errorMessage } from '../../../stores/types';

export function NotesCard({ id, notes }: { id: number; notes: string }) {
  const setNotes = useStore((s) => s.setJobNotes);
  const [draft, setDraft] = useState(notes);
  const [synced, setSynced] = useState(notes);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);

  // Main's copy changed (a refetch, another window) and nothing unsaved is in the box: show it.
  if (notes !== synced && draft === synced) {
    setSynced(notes);
    setDraft(notes);
  }

  const save = async () => {
    if (draft === synced) return;
    setStatus('saving');
    setError(null);
    try {
      const detail = await setNotes(id, draft);
      setSynced(detail.notes);
      setStatus('saved');
    } catch (e) {
      setError(errorMessage(e));
      setStatus('idle');
    }
  };

  return (
    <Card
      title="Notes"
      className="notes-card"
      actions={
        <span className="muted small" aria-live="polite" data-testid="notes-status">
          {status === 'saving' ? 'Saving…' : status === 'saved' && draft === synced ? 'Saved' : ''}
        </span>
      }
    >
      <textarea
        className="input notes-box"
        rows={6}
        value={draft}
        maxLength={20_000}
        aria-label="Notes on this job"
        placeholder="Contacts, questions to ask, why it fits… Saved when you leave the box (or Ctrl+Enter)."
        aria-invalid={Boolean(error)}
        onChange={(e) => {
          setDraft(e.target.value);
          setStatus('idle');
        }}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
        data-testid="job-notes"
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Card>
  );
}
