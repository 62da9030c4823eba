/**
 * Cloud providers: the secret store's state (locked keyring, session-only), each provider with its
 * key and consent, and the form to add one. Test ids: `secrets-banner`, `provider`, and
 * ProviderRow's and AddProviderForm's.
 */
import type { SecretStatus } from '../../../../../src-preload/contract';
import { Card } from '../../../components/Card';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { Spinner } from '../../../components/Spinner';
import { useStore } from '../../../stores';
import { AddProviderForm } from './AddProviderForm';
import { ProviderRow } from './ProviderRow';

function SecretsBanner({ secrets }: { secrets: SecretStatus }) {
  let title: string | null = null;
  if (secrets.locked) title = 'Unlock your keyring';
  else if (secrets.backend === 'session-only') title = 'Keys are kept for this session only';
  else if (secrets.backend === 'unavailable') title = 'Keys cannot be stored on this computer';
  if (!title) return null;
  const detail = secrets.locked
    ? 'Your system keyring is locked, so Pathwise cannot read or store API keys. Unlock it (log in again or open your keyring app), then come back.'
    : (secrets.reason ?? 'No secure place to keep keys was found.');
  return (
    <div className="notice notice-warn" role="status" data-testid="secrets-banner">
      <Icon name={secrets.locked ? 'lock' : 'warn'} />
      <div className="notice-body">
        <strong>{title}</strong>
        <p>{detail}</p>
      </div>
    </div>
  );
}

export function ProvidersCard() {
  const state = useStore((s) => s.aiProviders);
  const load = useStore((s) => s.loadProviders);
  const data = state.data;
  return (
    <Card title="Cloud providers" data-testid="ai-providers">
      <p className="muted card-intro">
        Optional. API keys go straight to your system’s keyring; Pathwise never shows them again. Nothing is sent until you allow it for
        that provider.
      </p>
      {state.error && <ErrorNotice title="Could not read the providers" message={state.error} onRetry={() => void load()} />}
      {!data && !state.error && <Spinner label="Loading" />}
      {data && (
        <div className="providers">
          <SecretsBanner secrets={data.secrets} />
          {data.providers.length > 0 && (
            <ul className="provider-list">
              {data.providers.map((p) => (
                <ProviderRow key={p.id} provider={p} locked={Boolean(data.secrets.locked)} />
              ))}
            </ul>
          )}
          <AddProviderForm presets={data.presets} />
        </div>
      )}
    </Card>
  );
}
