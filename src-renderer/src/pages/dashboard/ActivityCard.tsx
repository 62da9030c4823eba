import { useEffect, useState } from 'react';
import type { ActivityEntry } from '../../../../src-preload/contract';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { formatDateTime, formatRelative } from '../../lib/format';

/** Re-renders every minute so "5 minutes ago" stays true while the page is open. */
function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function ActivityCard({ entries }: { entries: ActivityEntry[] }) {
  const now = useNow();
  return (
    <Card title="Recent activity" className="activity-card">
      {entries.length === 0 ? (
        <p className="muted">Nothing yet. Imports, analyses and backups will show up here.</p>
      ) : (
        <ul className="activity-list">
          {entries.map((entry) => (
            <li key={entry.id} className="activity-item" data-testid="activity-item">
              <span className="activity-icon">
                <Icon
                  name={entry.kind.startsWith('resume') ? 'resume' : entry.kind.startsWith('backup') ? 'archive' : 'activity'}
                  size={14}
                />
              </span>
              <span className="activity-message">{entry.message}</span>
              <time className="activity-time" dateTime={entry.at} title={formatDateTime(entry.at)}>
                {formatRelative(entry.at, now)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
