/**
 * Adds a cloud provider from a preset: model, and the address or API version when the preset needs
 * them. The key is entered afterwards on the provider's row. Test ids: `provider-kind`,
 * `provider-model`, `provider-base-url`, `provider-api-version`, `provider-add`.
 */
import { useState, type FormEvent } from 'react';
import type { CloudProviderKind, ProviderPreset } from '../../../../../src-preload/contract';
import { Button } from '../../../components/Button';
import { useStore } from '../../../stores';
import { errorMessage } from '../../../stores/types';

export function AddProviderForm({ presets }: { presets: ProviderPreset[] }) {
  const save = useStore((s) => s.saveProvider);
  const [kind, setKind] = useState<CloudProviderKind>(presets[0]?.kind ?? 'openai');
  const [model, setModel] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [apiVersion, setApiVersion] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const preset = presets.find((p) => p.kind === kind);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!model.trim()) return setError('Enter the model name, for example gpt-4o-mini.');
    if (preset?.needsBaseUrl && !baseUrl.trim()) return setError(`${preset.name} needs the address of the service.`);
    setBusy(true);
    try {
      await save({
        kind,
        model: model.trim(),
        ...(baseUrl.trim() ? { baseUrl: baseUrl.trim() } : {}),
        ...(preset?.needsApiVersion && apiVersion.trim() ? { apiVersion: apiVersion.trim() } : {}),
      });
      setModel('');
      setBaseUrl('');
      setApiVersion('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="add-provider" onSubmit={(e) => void submit(e)} noValidate aria-label="Add a provider">
      <p className="section-label form-wide">Add a provider</p>
      <label className="form-field">
        <span className="field-label-text">Provider</span>
        <select className="input" value={kind} onChange={(e) => setKind(e.target.value as CloudProviderKind)} data-testid="provider-kind">
          {presets.map((p) => (
            <option key={p.kind} value={p.kind}>
              {p.name}
              {p.runsLocally ? ' (on this computer)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="form-field grow">
        <span className="field-label-text">Model</span>
        <input
          className="input"
          value={model}
          placeholder="gpt-4o-mini"
          onChange={(e) => setModel(e.target.value)}
          data-testid="provider-model"
        />
      </label>
      <label className="form-field grow">
        <span className="field-label-text">Address{preset?.needsBaseUrl ? '' : ' (optional)'}</span>
        <input
          className="input mono"
          type="url"
          value={baseUrl}
          placeholder={preset?.defaultBaseUrl ?? 'https://your-resource.openai.azure.com'}
          onChange={(e) => setBaseUrl(e.target.value)}
          data-testid="provider-base-url"
        />
      </label>
      {preset?.needsApiVersion && (
        <label className="form-field">
          <span className="field-label-text">API version</span>
          <input
            className="input"
            value={apiVersion}
            placeholder="2024-10-21"
            onChange={(e) => setApiVersion(e.target.value)}
            data-testid="provider-api-version"
          />
        </label>
      )}
      <Button type="submit" variant="primary" icon="plus" busy={busy} data-testid="provider-add">
        Add
      </Button>
      {error && (
        <p className="field-error form-wide" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
