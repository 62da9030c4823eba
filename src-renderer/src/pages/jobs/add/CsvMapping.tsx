/** The column mapping step of a CSV import: one select per job field, and the first rows. */
import { useId } from 'react';
import type { CsvField, CsvPreview } from '../../../../../src-preload/contract';

// Labels in the contract's field order. Types only from the contract: its values would bundle zod.
export const CSV_FIELD_LABELS = {
  title: 'Job title',
  company: 'Company',
  location: 'Location',
  description: 'Description',
  url: 'Posting URL',
  salary: 'Salary',
  datePosted: 'Date posted',
  employmentType: 'Employment type',
} as const satisfies Record<CsvField, string>;

export const CSV_FIELDS = Object.keys(CSV_FIELD_LABELS) as CsvField[];

interface CsvMappingProps {
  fileName: string;
  preview: CsvPreview;
  mapping: Partial<Record<CsvField, number>>;
  onChange: (mapping: Partial<Record<CsvField, number>>) => void;
}

export function CsvMapping({ fileName, preview, mapping, onChange }: CsvMappingProps) {
  const id = useId();
  const fieldOf = (column: number) => CSV_FIELDS.find((f) => mapping[f] === column);
  const set = (field: CsvField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };

  return (
    <section className="csv-mapping" aria-labelledby={`${id}-title`} data-testid="csv-mapping">
      <h3 id={`${id}-title`} className="csv-mapping-title">
        Map the columns of {fileName} <span className="muted">({preview.rowCount.toLocaleString()} rows)</span>
      </h3>
      <div className="csv-fields">
        {CSV_FIELDS.map((field) => (
          <label key={field} className="csv-field">
            <span className="field-label">
              {CSV_FIELD_LABELS[field]}
              {field === 'title' && <span className="required"> (required)</span>}
            </span>
            <select
              className="input select"
              value={mapping[field] ?? ''}
              onChange={(e) => set(field, e.target.value)}
              aria-required={field === 'title'}
              data-testid={`csv-map-${field}`}
            >
              <option value="">{field === 'title' ? 'Choose a column' : 'Not in this file'}</option>
              {preview.columns.map((column, index) => (
                <option key={index} value={index}>
                  {column || `Column ${index + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="table-scroll csv-preview">
        <table className="table">
          <caption className="visually-hidden">The first rows of {fileName}</caption>
          <thead>
            <tr>
              {preview.columns.map((column, index) => {
                const field = fieldOf(index);
                return (
                  <th key={index} scope="col" className={field ? 'mapped' : undefined}>
                    {column || `Column ${index + 1}`}
                    {field && <span className="csv-mapped-as">{CSV_FIELD_LABELS[field]}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, 5).map((row, r) => (
              <tr key={r}>
                {preview.columns.map((_, c) => (
                  <td key={c} className={fieldOf(c) ? 'mapped' : undefined}>
                    <span className="csv-cell">{row[c] ?? ''}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
