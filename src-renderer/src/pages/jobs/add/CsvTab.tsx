/**
 * CSV import in three steps: choose a file, map its columns to job fields (pre-filled from the
 * header names, with a preview of the first rows), then follow the import task's progress.
 */
import { useRef, useState } from 'react';
import type { CsvField, CsvPreview } from '../../../../../src-preload/contract';
import { Button } from '../../../components/Button';
import { ProgressBar } from '../../../components/ProgressBar';
import { navigate } from '../../../router/router';
import { useStore } from '../../../stores';
import { CSV_FIELDS, CsvMapping } from './CsvMapping';
import { useAction } from './useAction';

function CsvProgress() {
  const job = useStore((s) => s.csvImport);
  const cancel = useStore((s) => s.cancelCsvImport);
  const dismiss = useStore((s) => s.dismissCsvImport);
  const close = useStore((s) => s.closeAddJob);
  if (!job) return null;
  return (
    <div className="form-stack" data-testid="csv-progress">
      <p className="csv-progress-title">
        {job.running ? `Importing ${job.fileName}…` : job.cancelled ? `Import of ${job.fileName} cancelled` : `Imported ${job.fileName}`}
      </p>
      <ProgressBar value={job.done} max={job.total || 1} label="CSV import progress" />
      <p className="muted small" aria-live="polite">
        {job.running ? job.message : 'Done'} · {job.done.toLocaleString()} of {job.total.toLocaleString()} rows
      </p>
      <ul className="csv-counts" data-testid="csv-counts">
        <li>
          <strong>{job.added}</strong> added
        </li>
        <li>
          <strong>{job.duplicates}</strong> already in your list
        </li>
        <li>
          <strong>{job.failed}</strong> skipped
        </li>
      </ul>
      {job.errors.length > 0 && (
        <ul className="csv-errors" aria-label="Rows that were skipped">
          {job.errors.map((message, i) => (
            <li key={i}>{message}</li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        {job.running ? (
          <Button onClick={() => void cancel()}>Cancel import</Button>
        ) : (
          <>
            <Button onClick={dismiss}>Import another file</Button>
            <Button
              variant="primary"
              onClick={() => {
                dismiss();
                close();
                navigate('/jobs');
              }}
              data-testid="csv-done"
            >
              Show jobs
            </Button>
          </>
        )}
      </div>
    </div>
  );
}

export function CsvTab() {
  const previewCsv = useStore((s) => s.previewCsv);
  const importCsv = useStore((s) => s.importCsv);
  const importing = useStore((s) => s.csvImport !== null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<CsvField, number>>>({});
  const { busy, error, setError, run } = useAction();

  if (importing) return <CsvProgress />;

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setPreview(null);
    const result = await run(() => previewCsv(chosen));
    if (!result) return;
    setPreview(result);
    setMapping(Object.fromEntries(CSV_FIELDS.filter((f) => result.suggested[f] !== undefined).map((f) => [f, result.suggested[f]!])));
  };

  const start = async () => {
    if (!file) return;
    if (mapping.title === undefined) return setError('Choose the column that holds the job title.');
    await run(() => importCsv(file, mapping));
    setPreview(null);
  };

  return (
    <div className="form-stack">
      <input
        ref={inputRef}
        type="file"
        accept=".csv,text/csv"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="job-csv-input"
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          void choose(chosen);
        }}
      />
      {!preview && (
        <>
          <p className="muted">
            A spreadsheet of postings saved as CSV, one job per row with a header row. You choose which column is which next.
          </p>
          <div className="file-pick">
            <Button
              variant="primary"
              icon="table"
              busy={busy}
              onClick={() => inputRef.current?.click()}
              data-autofocus
              data-testid="job-csv"
            >
              Choose a CSV file
            </Button>
            {file && <span className="muted small">{file.name}</span>}
          </div>
        </>
      )}
      {preview && file && <CsvMapping fileName={file.name} preview={preview} mapping={mapping} onChange={setMapping} />}
      {error && (
        <p className="field-error" role="alert" data-testid="add-job-error">
          {error}
        </p>
      )}
      {preview && (
        <div className="dialog-actions">
          <Button onClick={() => inputRef.current?.click()}>Choose another file</Button>
          <Button variant="primary" busy={busy} onClick={() => void start()} data-testid="csv-import">
            Import {preview.rowCount.toLocaleString()} {preview.rowCount === 1 ? 'row' : 'rows'}
          </Button>
        </div>
      )}
    </div>
  );
}
