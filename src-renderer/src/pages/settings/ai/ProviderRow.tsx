/**
 * One cloud provider: its key (entered once, then only "Key saved ✓ / Replace / Remove"), consent
 * to send text to its host, and Remove. Test ids: `provider`, `provider-key-input`,
 * `provider-key-save`, `provider-key-saved`, `provider-key-replace`, `provider-key-remove`,
 * `provider-consent`, `provider-remove`.
 */
import { useState, type FormEvent } from 'react';
import type { CloudProvider } from '../../../../../src-preload/contract';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Icon } from '../../../components/Icon';
import { useStore } from '../../../stores';
import { errorMessage } from '../../../stores/types';

function KeyField({ provider, locked }: { provider: CloudProvider; locked: boolean }) {
  const presence = useStore((s) => s.keyPresence[provider.id]);
  const setKey = useStore((s) => s.setProviderKey);
  const deleteKey = useStore((s) => s.deleteProviderKey);
  const [replacing, setReplacing] = useState(false);
  const [key, setKeyDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setKeyDraft('');
      setReplacing(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim()) void run(() => setKey(provider.id, key));
  };

  if (locked || presence?.locked) return <p className="muted small">API key: the keyring is locked.</p>;
  if (presence?.hasKey && !replacing) {
    return (
      <div className="key-saved">
        <span className="saved-flag" data-testid="provider-key-saved">
          Key saved <Icon name="check" size={14} />
        </span>
        <Button size="sm" variant="ghost" onClick={() => setReplacing(true)} data-testid="provider-key-replace">
          Replace
        </Button>
        <Button
          size="sm"
          variant="ghost"
          busy={busy}
          onClick={() => void run(() => deleteKey(provider.id))}
          data-testid="provider-key-remove"
        >
          Remove
        </Button>
        {error && <p className="field-error">{error}</p>}
      </div>
    );
  }
  const inputId = `key-${provider.id}`;
  return (
    <form className="key-form" onSubmit={submit} noValidate>
      <label htmlFor={inputId} className="field-label-text">
        API key
      </label>
      <input
        id={inputId}
        type="password"
        className="input mono"
        autoComplete="off"
        spellCheck={false}
        value={key}
        onChange={(e) => setKeyDraft(e.target.value)}
        aria-invalid={error ? true : undefined}
        data-testid="provider-key-input"
      />
      <Button type="submit" size="sm" variant="primary" busy={busy} disabled={!key.trim()} data-testid="provider-key-save">
        Save key
      </Button>
      {replacing && (
        <Button size="sm" variant="ghost" onClick={() => setReplacing(false)}>
          Cancel
        </Button>
      )}
      {error && (
        <p className="field-error form-wide" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function ProviderRow({ provider, locked }: { provider: CloudProvider; locked: boolean }) {
  const setConsent = useStore((s) => s.setConsent);
  const remove = useStore((s) => s.removeProvider);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="provider" data-testid="provider">
      <div className="provider-head">
        <div>
          <p className="model-name">
            {provider.name} <span className="muted">· {provider.model}</span>
          </p>
          <p className="muted small">
            Sends to <span className="mono">{provider.host}</span>
            {provider.runsLocally ? ' (on this computer)' : ''}
            {provider.apiVersion ? ` · API version ${provider.apiVersion}` : ''}
          </p>
        </div>
        <Button
          size="sm"
          variant="ghost"
          icon="trash"
          className="btn-danger-ghost"
          onClick={() => setConfirming(true)}
          data-testid="provider-remove"
        >
          Remove
        </Button>
      </div>
      {provider.requiresKey && <KeyField provider={provider} locked={locked} />}
      <label className="consent">
        <input
          type="checkbox"
          checked={provider.consent !== null}
          disabled={busy}
          onChange={(e) => void attempt(() => setConsent(provider.id, e.target.checked))}
          data-testid="provider-consent"
        />
        <span>Allow sending resume and job text to {provider.host}</span>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Remove ${provider.name}?`}
          confirmLabel="Remove"
          danger
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void attempt(() => remove(provider.id)).then(() => setConfirming(false))}
        >
          Its settings, its stored key and your consent are removed. Features that used it go back to the local model (or the offline
          coach).
        </ConfirmDialog>
      )}
    </li>
  );
}
