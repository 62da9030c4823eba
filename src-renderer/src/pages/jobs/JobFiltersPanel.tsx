/**
 * The filters beside the results. Text fields are debounced like the search box; toggles apply at
 * once. Every change searches again through the store.
 */
import type { ReactNode } from 'react';
import type { EmploymentType, RemoteMode, Seniority } from '../../../../src-preload/contract';
import { EMPLOYMENT_LABELS, REMOTE_LABELS, SENIORITY_LABELS } from '../../lib/job-format';
import { hasActiveFilters, type AppliedChoice, type JobFilters, type PostedWithin, type StatusChoice } from '../../lib/job-query';
import { useStore } from '../../stores';
import { DebouncedInput } from './DebouncedInput';

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'INR', 'JPY'];

const POSTED: { value: PostedWithin; label: string }[] = [
  { value: 'any', label: 'Any time' },
  { value: '1', label: 'Past 24 hours' },
  { value: '7', label: 'Past week' },
  { value: '30', label: 'Past month' },
  { value: '90', label: 'Past 3 months' },
];

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function ChipGroup<T extends string>({
  label,
  options,
  selected,
  onChange,
  testId,
}: {
  label: string;
  options: { value: T; label: string }[];
  selected: T[];
  onChange: (next: T[]) => void;
  testId: string;
}) {
  return (
    <fieldset className="filter-group">
      <legend className="field-label">{label}</legend>
      <div className="chip-list">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className={selected.includes(o.value) ? 'chip chip-toggle on' : 'chip chip-toggle'}
            aria-pressed={selected.includes(o.value)}
            onClick={() => onChange(toggle(selected, o.value))}
            data-testid={`${testId}-${o.value}`}
          >
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

function Labeled({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <div className="filter-group">
      <label className="field-label" htmlFor={htmlFor}>
        {label}
      </label>
      {children}
    </div>
  );
}

const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

export function JobFiltersPanel() {
  const f = useStore((s) => s.jobFilters);
  const sources = useStore((s) => s.knownSources);
  const setFilters = useStore((s) => s.setJobFilters);
  const reset = useStore((s) => s.resetJobFilters);
  const set = (patch: Partial<JobFilters>) => void setFilters(patch);

  return (
    <section className="filters" aria-label="Filters" data-testid="job-filters">
      <div className="filters-head">
        <h2 className="section-label">Filters</h2>
        {hasActiveFilters(f) && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => void reset()} data-testid="clear-filters">
            Clear
          </button>
        )}
      </div>
      <ChipGroup
        label="Work mode"
        options={options<RemoteMode>(REMOTE_LABELS)}
        selected={f.remote}
        onChange={(remote) => set({ remote })}
        testId="filter-remote"
      />
      <Labeled label="Location" htmlFor="filter-location">
        <DebouncedInput
          id="filter-location"
          className="input"
          value={f.location}
          onValue={(location) => set({ location })}
          placeholder="City, country or region"
          data-testid="filter-location"
        />
      </Labeled>
      <Labeled label="Minimum yearly salary" htmlFor="filter-salary">
        <div className="salary-inputs">
          <DebouncedInput
            id="filter-salary"
            className="input"
            inputMode="numeric"
            value={f.minSalary}
            onValue={(minSalary) => set({ minSalary })}
            placeholder="e.g. 80k"
            data-testid="filter-salary"
          />
          <select
            className="input select"
            aria-label="Currency"
            value={f.currency}
            onChange={(e) => set({ currency: e.target.value })}
            data-testid="filter-currency"
          >
            <option value="">Any</option>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      </Labeled>
      <Labeled label={`Minimum match score: ${f.minScore || 'any'}`} htmlFor="filter-score">
        <input
          id="filter-score"
          type="range"
          min={0}
          max={100}
          step={5}
          value={f.minScore}
          onChange={(e) => set({ minScore: Number(e.target.value) })}
          className="range"
          data-testid="filter-score"
        />
      </Labeled>
      <ChipGroup
        label="Seniority"
        options={options<Seniority>(SENIORITY_LABELS)}
        selected={f.seniority}
        onChange={(seniority) => set({ seniority })}
        testId="filter-seniority"
      />
      <ChipGroup
        label="Employment type"
        options={options<EmploymentType>(EMPLOYMENT_LABELS).filter((o) => o.value !== 'other')}
        selected={f.employmentType}
        onChange={(employmentType) => set({ employmentType })}
        testId="filter-type"
      />
      {sources.length > 0 && (
        <ChipGroup
          label="Source"
          options={sources.map((s) => ({ value: s, label: s }))}
          selected={f.source}
          onChange={(source) => set({ source })}
          testId="filter-source"
        />
      )}
      <Labeled label="Posted" htmlFor="filter-posted">
        <select
          id="filter-posted"
          className="input select"
          value={f.postedWithin}
          onChange={(e) => set({ postedWithin: e.target.value as PostedWithin })}
          data-testid="filter-posted"
        >
          {POSTED.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </Labeled>
      <div className="filter-row">
        <Labeled label="Status" htmlFor="filter-status">
          <select
            id="filter-status"
            className="input select"
            value={f.status}
            onChange={(e) => set({ status: e.target.value as StatusChoice })}
            data-testid="filter-status"
          >
            <option value="open">Open</option>
            <option value="closed">Closed</option>
            <option value="all">Open and closed</option>
          </select>
        </Labeled>
        <Labeled label="Applied" htmlFor="filter-applied">
          <select
            id="filter-applied"
            className="input select"
            value={f.applied}
            onChange={(e) => set({ applied: e.target.value as AppliedChoice })}
            data-testid="filter-applied"
          >
            <option value="any">Any</option>
            <option value="yes">Applied</option>
            <option value="no">Not applied</option>
          </select>
        </Labeled>
      </div>
      <label className="check-line">
        <input type="checkbox" checked={f.savedOnly} onChange={(e) => set({ savedOnly: e.target.checked })} data-testid="filter-saved" />
        Saved jobs only
      </label>
      <label className="check-line">
        <input type="checkbox" checked={f.showHidden} onChange={(e) => set({ showHidden: e.target.checked })} data-testid="filter-hidden" />
        Show the jobs I hid
      </label>
    </section>
  );
}
