/** Saved searches: apply one, delete one, and the dialog that saves the current filters with an alert. */
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { describeSearch } from '../../lib/job-query';
import { useStore } from '../../stores';
import { errorMessage } from '../../stores/types';

export function SavedSearchList() {
  const { data, error } = useStore((s) => s.savedSearches);
  const load = useStore((s) => s.loadSavedSearches);
  const apply = useStore((s) => s.applySavedSearch);
  const remove = useStore((s) => s.deleteSavedSearch);

  useEffect(() => {
    void load();
  }, [load]);

  if (!data?.length && !error) return null;
  return (
    <section className="saved-searches" aria-label="Saved searches">
      <h2 className="section-label">Saved searches</h2>
      {error && <p className="field-error">{error}</p>}
      <ul className="saved-search-list">
        {data?.map((search) => (
          <li key={search.id} className="saved-search" data-testid="saved-search">
            <button type="button" className="saved-search-apply" onClick={() => void apply(search)} title={describeSearch(search.query)}>
              <span className="saved-search-name">{search.name}</span>
              <span className="saved-search-meta">
                {search.minScore !== null && (
                  <>
                    <Icon name="bell" size={12} /> ≥ {search.minScore} ·{' '}
                  </>
                )}
                {describeSearch(search.query)}
              </span>
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={() => void remove(search.id)}
              aria-label={`Delete saved search ${search.name}`}
              data-testid="delete-saved-search"
            >
              <Icon name="trash" size={14} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SaveSearchDialog({ onClose }: { onClose: () => void }) {
  const save = useStore((s) => s.saveCurrentSearch);
  const text = useStore((s) => s.jobFilters.text);
  const [name, setName] = useState(text.trim() || '');
  const [alert, setAlert] = useState(true);
  const [minScore, setMinScore] = useState(75);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await save(name, alert ? minScore : null);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Save this search" onClose={onClose} testId="save-search-dialog">
      <form className="form-stack" onSubmit={(e) => void submit(e)}>
        <div className="form-field">
          <label className="field-label" htmlFor="saved-search-name">
            Name
          </label>
          <input
            id="saved-search-name"
            className="input"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Remote React roles"
            data-autofocus
            data-testid="saved-search-name"
          />
        </div>
        <label className="check-line">
          <input type="checkbox" checked={alert} onChange={(e) => setAlert(e.target.checked)} data-testid="saved-search-alert" />
          Alert me when a new job scores at least
          <input
            type="number"
            className="input input-narrow"
            min={0}
            max={100}
            value={minScore}
            disabled={!alert}
            aria-label="Minimum match score for an alert"
            onChange={(e) => setMinScore(Math.max(0, Math.min(100, Math.round(Number(e.target.value) || 0))))}
            data-testid="saved-search-min-score"
          />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy} disabled={!name.trim()} data-testid="saved-search-submit">
            Save search
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
