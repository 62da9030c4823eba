import { useEffect } from 'react';
import type { AiFeature } from '../../../../src-preload/contract';
import { useStore } from '../../stores';

/** "Uses Local · Qwen2.5 1.5B" (and why, when it differs from the choice) before anything runs. */
export function FeatureHint({ feature }: { feature: AiFeature }) {
  const status = useStore((s) => s.aiStatus);
  const load = useStore((s) => s.loadAiSettings);
  useEffect(() => {
    if (!status.data && !status.loading) void load();
  }, [status.data, status.loading, load]);
  const entry = status.data?.find((s) => s.feature === feature);
  if (!entry) return null;
  return (
    <p className="muted small feature-hint" data-testid={`feature-hint-${feature}`}>
      Uses {entry.label}
      {entry.note ? ` · ${entry.note}` : ''} ·{' '}
      <a href="#/settings" className="text-link">
        Change
      </a>
    </p>
  );
}
