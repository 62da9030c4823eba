import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Spinner';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useStore } from '../../stores';

const REASON_LABELS = { manual: 'Manual', 'pre-migration': 'Before upgrade' } as const;

export function BackupsSection() {
  const { data: backups, error, loading } = useStore((s) => s.backups);
  const busy = useStore((s) => s.backupInProgress);
  const createBackup = useStore((s) => s.createBackup);
  const loadBackups = useStore((s) => s.loadBackups);
  return (
    <Card
      title="Backups"
      actions={
        <Button variant="primary" icon="archive" busy={busy} onClick={() => void createBackup()} data-testid="backup-now">
          {busy ? 'Backing up…' : 'Back up now'}
        </Button>
      }
    >
      <p className="muted card-intro">
        A backup is a complete copy of your database, kept in the data folder. Pathwise also makes one before every upgrade.
      </p>
      {error && <ErrorNotice title="Could not list backups" message={error} onRetry={() => void loadBackups()} />}
      {!backups && loading && <Spinner label="Loading backups" />}
      {backups && backups.length === 0 && <p className="muted">No backups yet.</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list">
          {backups.map((backup) => (
            <li key={backup.fileName} className="backup-row" data-testid="backup-row">
              <Icon name="database" className="backup-icon" />
              <span className="backup-main">
                <time dateTime={backup.createdAt} className="backup-date">
                  {formatDateTime(backup.createdAt)}
                </time>
                <span className="backup-file">{backup.fileName}</span>
              </span>
              <span className={`chip reason-${backup.reason}`}>{REASON_LABELS[backup.reason] ?? backup.reason}</span>
              <span className="backup-size">{formatBytes(backup.bytes)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
