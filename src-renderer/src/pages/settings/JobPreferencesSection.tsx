/** Job preferences: what to look for. Main uses them to score jobs and to filter alerts. */
import { useEffect, useState, type FormEvent } from 'react';
import type { JobPreferences, RemoteMode } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Spinner';
import { TagInput } from '../../components/TagInput';
import { REMOTE_LABELS } from '../../lib/job-format';
import { parseSalary } from '../../lib/job-query';
import { useStore } from '../../stores';
import { errorMessage } from '../../stores/types';
import { CURRENCIES } from '../jobs/JobFiltersPanel';

const REMOTE_MODES = Object.keys(REMOTE_LABELS) as RemoteMode[];

function PreferencesForm({ initial }: { initial: JobPreferences }) {
  const save = useStore((s) => s.savePreferences);
  const [titles, setTitles] = useState(initial.titles);
  const [locations, setLocations] = useState(initial.locations);
  const [remote, setRemote] = useState(initial.remote);
  const [salary, setSalary] = useState(initial.minSalary !== null ? String(initial.minSalary) : '');
  const [currency, setCurrency] = useState(initial.currency ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const minSalary = salary.trim() ? parseSalary(salary) : null;
    if (salary.trim() && minSalary === null) return setError('Enter the salary as a number, for example 85000 or 85k.');
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await save({ titles, locations, remote, minSalary, currency: currency || null });
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const touched = () => setSaved(false);

  return (
    <form className="form-stack preferences-form" onSubmit={(e) => void submit(e)} onChange={touched}>
      <div className="form-field">
        <label className="field-label" htmlFor="pref-titles">
          Job titles you want
        </label>
        <TagInput
          id="pref-titles"
          values={titles}
          onChange={(v) => (setTitles(v), touched())}
          placeholder="e.g. Frontend Engineer, then Enter"
          testId="pref-titles"
        />
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor="pref-locations">
          Locations
        </label>
        <TagInput
          id="pref-locations"
          values={locations}
          onChange={(v) => (setLocations(v), touched())}
          placeholder="e.g. Berlin, then Enter"
          testId="pref-locations"
        />
      </div>
      <fieldset className="filter-group">
        <legend className="field-label">Work mode</legend>
        <div className="check-row">
          {REMOTE_MODES.map((mode) => (
            <label key={mode} className="check-line">
              <input
                type="checkbox"
                checked={remote.includes(mode)}
                onChange={(e) => setRemote(e.target.checked ? [...remote, mode] : remote.filter((m) => m !== mode))}
                data-testid={`pref-remote-${mode}`}
              />
              {REMOTE_LABELS[mode]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-field">
        <label className="field-label" htmlFor="pref-salary">
          Minimum yearly salary
        </label>
        <div className="salary-inputs narrow">
          <input
            id="pref-salary"
            className="input"
            inputMode="numeric"
            value={salary}
            onChange={(e) => setSalary(e.target.value)}
            placeholder="e.g. 85k"
            data-testid="pref-min-salary"
          />
          <select
            className="input select"
            aria-label="Currency"
            value={currency}
            onChange={(e) => setCurrency(e.target.value)}
            data-testid="pref-currency"
          >
            <option value="">Currency</option>
            {[...new Set([...CURRENCIES, ...(initial.currency ? [initial.currency] : [])])].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="pref-save">
          Save preferences
        </Button>
        {saved && (
          <span className="saved-flag" role="status" data-testid="pref-saved">
            <Icon name="check" size={14} /> Saved
          </span>
        )}
      </div>
    </form>
  );
}

export function JobPreferencesSection() {
  const { data, error } = useStore((s) => s.preferences);
  const load = useStore((s) => s.loadPreferences);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Card title="Job preferences">
      <p className="muted card-intro">What you are looking for. Pathwise uses it when it scores jobs and before it alerts you about one.</p>
      {error && !data && <ErrorNotice title="Could not load your preferences" message={error} onRetry={() => void load()} />}
      {!data && !error && <Spinner label="Loading preferences" />}
      {data && <PreferencesForm initial={data} />}
    </Card>
  );
}
