/**
 * Per feature: Offline coach, the local model, or a configured cloud provider, with what it would
 * use right now and why. Test ids: `ai-choice-<feature>`, `ai-status-<feature>`.
 */
import { useState } from 'react';
import type { AiFeature } from '../../../../../src-preload/contract';
import { Card } from '../../../components/Card';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Spinner } from '../../../components/Spinner';
import { useStore } from '../../../stores';
import { choiceFromKey, choiceKey } from '../../../stores/ai.slice';
import { errorMessage } from '../../../stores/types';

const FEATURES: { feature: AiFeature; label: string; hint: string }[] = [
  { feature: 'feedback', label: 'Resume feedback', hint: 'Sends your resume’s text and analysis.' },
  { feature: 'tailoring', label: 'Tailoring', hint: 'Sends your resume and the job posting.' },
  { feature: 'coverLetter', label: 'Cover letters', hint: 'Sends your resume and the job posting.' },
];

export function FeatureChoicesCard() {
  const settings = useStore((s) => s.aiSettings);
  const status = useStore((s) => s.aiStatus.data);
  const providerList = useStore((s) => s.aiProviders.data?.providers);
  const providers = providerList ?? [];
  const models = useStore((s) => s.models.data);
  const setChoice = useStore((s) => s.setFeatureChoice);
  const load = useStore((s) => s.loadAiSettings);
  const [error, setError] = useState<string | null>(null);

  const active = models?.installed.find((m) => m.active);
  const localLabel = active ? `Local model · ${active.name}` : 'Local model (none installed yet: runs offline)';

  const change = async (feature: AiFeature, key: string) => {
    setError(null);
    try {
      await setChoice(feature, choiceFromKey(key));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Card title="AI & privacy" actions={<a href="#/models">Manage AI models</a>} data-testid="ai-settings">
      <p className="muted card-intro">
        The offline coach and a local model keep everything on this computer. A cloud provider receives the text each feature needs, only
        after you allow it.
      </p>
      {settings.error && <ErrorNotice title="Could not read the AI settings" message={settings.error} onRetry={() => void load()} />}
      {!settings.data && !settings.error && <Spinner label="Loading" />}
      {settings.data && (
        <ul className="ai-features">
          {FEATURES.map(({ feature, label, hint }) => {
            const choice = settings.data!.features[feature];
            const s = status?.find((x) => x.feature === feature);
            const missingCloud = typeof choice === 'object' && !providers.some((p) => p.id === choice.cloud);
            return (
              <li key={feature} className="ai-feature">
                <label className="ai-feature-label" htmlFor={`ai-choice-${feature}`}>
                  <strong>{label}</strong>
                  <span className="muted small">{hint}</span>
                </label>
                <select
                  id={`ai-choice-${feature}`}
                  className="input"
                  value={choiceKey(choice)}
                  onChange={(e) => void change(feature, e.target.value)}
                  data-testid={`ai-choice-${feature}`}
                >
                  <option value="offline">Offline coach (no model)</option>
                  <option value="local">{localLabel}</option>
                  {providers.map((p) => (
                    <option key={p.id} value={`cloud:${p.id}`}>
                      {p.name} · {p.model} ({p.host})
                    </option>
                  ))}
                  {missingCloud && <option value={choiceKey(choice)}>Removed provider</option>}
                </select>
                <p className="ai-feature-status small" data-testid={`ai-status-${feature}`}>
                  {s ? (
                    <>
                      Uses <strong>{s.label}</strong>
                      {s.note ? <span className={s.needsConsent ? 'warn-text' : 'muted'}> · {s.note}</span> : null}
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Card>
  );
}
