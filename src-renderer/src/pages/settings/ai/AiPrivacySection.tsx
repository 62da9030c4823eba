/** Settings → AI & privacy: which path each feature uses, cloud providers and keys, and what was sent. */
import { useEffect } from 'react';
import { useStore } from '../../../stores';
import { FeatureChoicesCard } from './FeatureChoicesCard';
import { LedgerCard } from './LedgerCard';
import { ProvidersCard } from './ProvidersCard';

export function AiPrivacySection() {
  const loadAiSettings = useStore((s) => s.loadAiSettings);
  const loadProviders = useStore((s) => s.loadProviders);
  const loadLedger = useStore((s) => s.loadLedger);
  const loadModels = useStore((s) => s.loadModels);
  useEffect(() => {
    void loadAiSettings();
    void loadProviders();
    void loadLedger();
    void loadModels();
  }, [loadAiSettings, loadProviders, loadLedger, loadModels]);
  return (
    <>
      <FeatureChoicesCard />
      <ProvidersCard />
      <LedgerCard />
    </>
  );
}
