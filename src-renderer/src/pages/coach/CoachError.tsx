/**
 * A coach error with the action that fixes it: allow sending to the provider (then retry), add or
 * replace the key, unlock the keyring, choose a model, or run the offline coach instead.
 * Test ids: `coach-error`, `coach-grant-consent`, `coach-use-offline`, `coach-retry`.
 */
import { useEffect, useState } from 'react';
import type { AiFeature, AppError } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useStore } from '../../stores';
import { cloudIdOf } from '../../stores/ai.slice';
import { errorMessage } from '../../stores/types';

const TITLES: Partial<Record<AppError['code'], string>> = {
  'consent-required': 'Your permission is needed first',
  'key-required': 'This provider needs an API key',
  'bad-key': 'The provider refused the key',
  'keyring-locked': 'Unlock your keyring',
  'keyring-insecure': 'The key could not be stored safely',
  'no-model': 'No local model is ready',
  'model-invalid': 'The model file cannot be used',
  'model-too-large': 'The model is too large for this computer',
  'rate-limited': 'The provider is busy',
  'quota-exceeded': 'The provider’s quota is used up',
  network: 'Could not reach the provider',
  timeout: 'The model took too long',
  'llm-failed': 'The model’s answer could not be used',
  'llm-budget-exceeded': 'The answer did not fit the model’s limits',
};

const KEY_CODES = new Set(['key-required', 'bad-key', 'keyring-insecure']);
const MODEL_CODES = new Set(['no-model', 'model-invalid', 'model-too-large']);
const NO_OFFLINE = new Set(['not-found', 'invalid-input', 'conflict', 'forbidden']);

export function CoachError({ error, feature, onRetry }: { error: AppError; feature: AiFeature; onRetry: (offline: boolean) => void }) {
  const settings = useStore((s) => s.aiSettings);
  const providers = useStore((s) => s.aiProviders);
  const loadAiSettings = useStore((s) => s.loadAiSettings);
  const loadProviders = useStore((s) => s.loadProviders);
  const setConsent = useStore((s) => s.setConsent);
  const [granting, setGranting] = useState(false);
  const [grantError, setGrantError] = useState<string | null>(null);
  const consent = error.code === 'consent-required';

  useEffect(() => {
    if (!consent) return;
    if (!settings.data && !settings.loading) void loadAiSettings();
    if (!providers.data && !providers.loading) void loadProviders();
  }, [consent, settings.data, settings.loading, providers.data, providers.loading, loadAiSettings, loadProviders]);

  const providerId = cloudIdOf(settings.data?.features[feature]);
  const provider = providers.data?.providers.find((p) => p.id === providerId);

  const grant = async () => {
    if (!providerId) return;
    setGranting(true);
    setGrantError(null);
    try {
      await setConsent(providerId, true);
      onRetry(false);
    } catch (e) {
      setGrantError(errorMessage(e));
    } finally {
      setGranting(false);
    }
  };

  return (
    <div className="notice notice-error coach-error" role="alert" data-testid="coach-error">
      <Icon name="warn" />
      <div className="notice-body">
        <strong>{TITLES[error.code] ?? 'The coach could not finish'}</strong>
        <p>{error.message}</p>
        {grantError && <p className="field-error">{grantError}</p>}
        <div className="coach-error-actions">
          {consent && providerId && (
            <Button size="sm" variant="primary" icon="check" busy={granting} onClick={() => void grant()} data-testid="coach-grant-consent">
              Allow sending resume and job text to {provider?.host ?? 'this provider'}
            </Button>
          )}
          {KEY_CODES.has(error.code) && (
            <a className="btn btn-secondary btn-sm" href="#/settings" data-testid="coach-add-key">
              {error.code === 'bad-key' ? 'Replace the key in Settings' : 'Add your key in Settings'}
            </a>
          )}
          {MODEL_CODES.has(error.code) && (
            <a className="btn btn-secondary btn-sm" href="#/models" data-testid="coach-choose-model">
              Choose a model
            </a>
          )}
          {!consent && !KEY_CODES.has(error.code) && !MODEL_CODES.has(error.code) && (
            <Button size="sm" icon="refresh" onClick={() => onRetry(false)} data-testid="coach-retry">
              Try again
            </Button>
          )}
          {!NO_OFFLINE.has(error.code) && (
            <Button size="sm" variant="ghost" icon="lock" onClick={() => onRetry(true)} data-testid="coach-use-offline">
              Use offline coach
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
