/** What left this computer: time, host, feature and bytes (never content). Test id: `ledger-row`. */
import { Button } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { useStore } from '../../../stores';

const FEATURE_NAMES: Record<string, string> = {
  feedback: 'Resume feedback',
  tailoring: 'Tailoring',
  coverLetter: 'Cover letter',
  'model-download': 'Model download',
};

export function LedgerCard() {
  const ledger = useStore((s) => s.ledger);
  const load = useStore((s) => s.loadLedger);
  const rows = ledger.data ?? [];
  return (
    <Card
      title="Sent from this computer"
      actions={
        <Button size="sm" variant="ghost" icon="refresh" busy={ledger.loading} onClick={() => void load()}>
          Refresh
        </Button>
      }
      data-testid="ledger"
    >
      <p className="muted card-intro">
        Every request Pathwise made to another computer for AI features. Only sizes are recorded, never the text.
      </p>
      {ledger.error && <ErrorNotice title="Could not read the log" message={ledger.error} onRetry={() => void load()} />}
      {ledger.data && rows.length === 0 && <p className="muted">Nothing has been sent: everything so far ran on this computer.</p>}
      {rows.length > 0 && (
        <div className="table-scroll ledger-scroll">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Sent to</th>
                <th scope="col">Feature</th>
                <th scope="col" className="num">
                  Out
                </th>
                <th scope="col" className="num">
                  In
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="ledger-row">
                  <td>{formatDateTime(r.at)}</td>
                  <td className="mono">{r.host}</td>
                  <td>{FEATURE_NAMES[r.feature] ?? r.feature}</td>
                  <td className="num">{formatBytes(r.bytesOut)}</td>
                  <td className="num">{formatBytes(r.bytesIn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
