/**
 * The import in progress (or just finished): a progress bar driven by `task:event` progress and one
 * row per file with its result, in the contract's words for failures.
 */
import { Button } from '../../components/Button';
import { Icon, type IconName } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { Spinner } from '../../components/Spinner';
import { formatBytes } from '../../lib/format';
import { useStore, type ImportFileState } from '../../stores';

const STATUS: Record<ImportFileState['status'], { label: string; icon: IconName | null }> = {
  waiting: { label: 'Waiting', icon: null },
  importing: { label: 'Reading…', icon: null },
  imported: { label: 'Imported', icon: 'pass' },
  duplicate: { label: 'Already imported', icon: 'info' },
  failed: { label: 'Not imported', icon: 'fail' },
  cancelled: { label: 'Cancelled', icon: 'close' },
};

function FileRow({ file }: { file: ImportFileState }) {
  const status = STATUS[file.status];
  return (
    <li className={`import-file status-${file.status}`} data-testid="import-file">
      <span className="import-file-icon">
        {status.icon ? (
          <Icon name={status.icon} size={16} />
        ) : file.status === 'importing' ? (
          <Spinner size={14} />
        ) : (
          <span className="dot" />
        )}
      </span>
      <span className="import-file-main">
        <span className="import-file-name">{file.name}</span>
        {file.message && <span className="import-file-message">{file.message}</span>}
      </span>
      <span className="import-file-size">{formatBytes(file.bytes)}</span>
      <span className="import-file-status" data-testid="import-file-status">
        {file.resumeId && (file.status === 'imported' || file.status === 'duplicate') ? (
          <a href={`#/resumes/${file.resumeId}`}>{status.label}</a>
        ) : (
          status.label
        )}
      </span>
    </li>
  );
}

export function ImportProgress() {
  const job = useStore((s) => s.importJob);
  const cancelImport = useStore((s) => s.cancelImport);
  const dismissImport = useStore((s) => s.dismissImport);
  if (!job) return null;
  const failed = job.files.filter((f) => f.status === 'failed').length;
  const title = job.running
    ? `Importing ${job.total} ${job.total === 1 ? 'file' : 'files'}…`
    : `Import finished${failed ? `, ${failed} not imported` : ''}`;
  return (
    <section className="card import-progress" aria-label="Import progress" data-testid="import-progress">
      <header className="card-header">
        <h2 className="card-title">{title}</h2>
        <div className="card-actions">
          {job.running ? (
            <Button size="sm" onClick={() => void cancelImport()} disabled={job.cancelled}>
              Cancel
            </Button>
          ) : (
            <Button size="sm" variant="ghost" icon="close" onClick={dismissImport}>
              Dismiss
            </Button>
          )}
        </div>
      </header>
      <ProgressBar value={job.done} max={job.total} label="Import progress" />
      <p className="import-status-line" aria-live="polite">
        {job.running ? job.message : 'Done'} · {job.done} of {job.total}
      </p>
      <ul className="import-files">
        {job.files.map((file, index) => (
          <FileRow key={`${index}-${file.name}`} file={file} />
        ))}
      </ul>
    </section>
  );
}
