/** Public job sites Pathwise may import from, each with its terms and the next time a fetch is allowed. */
import { useEffect, useState } from 'react';
import type { AggregatorInfo } from '../../../../../src-preload/contract';
import { Button } from '../../../components/Button';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { Spinner } from '../../../components/Spinner';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { plural } from '../../../lib/job-format';
import { useNow } from '../../../lib/useNow';
import { useStore } from '../../../stores';
import { useAction } from './useAction';

function SiteRow({ site }: { site: AggregatorInfo }) {
  const importFrom = useStore((s) => s.importFromAggregator);
  const [query, setQuery] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const now = useNow();
  const waitUntil = site.nextAllowedAt && Date.parse(site.nextAllowedAt) > now ? site.nextAllowedAt : null;

  const start = async () => {
    setDone(null);
    const result = await run(() => importFrom(site.id, query));
    if (result) setDone(`${plural(result.added, 'new job')} added (${result.total.toLocaleString()} looked at).`);
  };

  return (
    <li className="site" data-testid={`aggregator-${site.id}`}>
      <div className="site-head">
        <Icon name="globe" />
        <strong className="site-name">{site.name}</strong>
        <span className="muted small">{site.lastFetchedAt ? `Last imported ${formatRelative(site.lastFetchedAt)}` : 'Never imported'}</span>
      </div>
      <p className="site-terms">{site.terms}</p>
      <div className="form-row">
        <input
          className="input grow"
          value={query}
          maxLength={100}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Keywords (optional)"
          aria-label={`Keywords for ${site.name}`}
        />
        <Button busy={busy} disabled={Boolean(waitUntil)} onClick={() => void start()} data-testid={`aggregator-import-${site.id}`}>
          Import
        </Button>
      </div>
      {waitUntil && (
        <p className="muted small">
          Next import allowed <time dateTime={waitUntil}>{formatDateTime(waitUntil)}</time> (the site’s terms).
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="notice-ok" role="status">
          <Icon name="pass" size={16} /> {done}
        </p>
      )}
    </li>
  );
}

export function SitesTab() {
  const { data, error, loading } = useStore((s) => s.aggregators);
  const load = useStore((s) => s.loadAggregators);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="form-stack">
      <p className="muted">
        Import recent postings from public job sites. Each site’s terms are shown and respected: Pathwise waits as long as they ask.
      </p>
      {error && <ErrorNotice title="Could not list the job sites" message={error} onRetry={() => void load()} />}
      {!data && loading && <Spinner label="Loading job sites" />}
      {data && (
        <ul className="site-list">
          {data.map((site) => (
            <SiteRow key={site.id} site={site} />
          ))}
        </ul>
      )}
    </div>
  );
}
