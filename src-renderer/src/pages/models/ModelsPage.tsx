/**
 * `#/models`: this computer, installed models (choose one for the AI features), and the catalog
 * with fit verdicts and downloads. Test ids: see MachineCard, InstalledCard, CatalogCard.
 */
import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useStore } from '../../stores';
import { CatalogCard } from './CatalogCard';
import { InstalledCard } from './InstalledCard';
import { MachineCard } from './MachineCard';

export function ModelsPage() {
  const models = useStore((s) => s.models);
  const load = useStore((s) => s.loadModels);
  useEffect(() => {
    document.title = 'AI models · Pathwise';
    void load();
  }, [load]);

  const data = models.data;
  return (
    <>
      <PageHeader
        title="AI models"
        description={
          <>
            A local model runs on this computer: your resume never leaves it. Without one, the offline coach writes from your analysis.
            Choose which features use it in <a href="#/settings">Settings → AI &amp; privacy</a>.
          </>
        }
      />
      {models.error && <ErrorNotice title="Could not list the models" message={models.error} onRetry={() => void load()} />}
      {!data && !models.error && (
        <div className="loading-block">
          <Spinner label="Measuring this computer" />
        </div>
      )}
      {data && (
        <div className="models-page">
          <MachineCard machine={data.machine} />
          <InstalledCard installed={data.installed} />
          <CatalogCard catalog={data.catalog} />
        </div>
      )}
    </>
  );
}
