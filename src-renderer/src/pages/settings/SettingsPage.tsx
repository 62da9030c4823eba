import { useEffect } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useStore } from '../../stores';
import { AiPrivacySection } from './ai/AiPrivacySection';
import { AppearanceSection } from './AppearanceSection';
import { BackupsSection } from './BackupsSection';
import { DataSection } from './DataSection';
import { JobPreferencesSection } from './JobPreferencesSection';

export function SettingsPage() {
  const loadAppInfo = useStore((s) => s.loadAppInfo);
  const loadBackups = useStore((s) => s.loadBackups);
  useEffect(() => {
    document.title = 'Settings · Pathwise';
    void loadAppInfo();
    void loadBackups();
  }, [loadAppInfo, loadBackups]);

  return (
    <>
      <PageHeader title="Settings" description="Appearance, what you are looking for, where your data lives, backups, and AI & privacy." />
      <div className="settings">
        <AppearanceSection />
        <JobPreferencesSection />
        <DataSection />
        <BackupsSection />
        <AiPrivacySection />
      </div>
    </>
  );
}
