/**
 * "Add jobs": paste, URL, file, CSV, company board, job sites. Opened from anywhere through the
 * store (`openAddJob(tab)`), rendered once by the app shell. A job added from the first three tabs
 * opens at once; a duplicate opens the job already in the list ("Already in your list").
 */
import { useCallback } from 'react';
import type { JobAdded } from '../../../../../src-preload/contract';
import { Dialog } from '../../../components/Dialog';
import { TabPanel, Tabs } from '../../../components/Tabs';
import { navigate } from '../../../router/router';
import { useStore } from '../../../stores';
import type { AddJobTab } from '../../../stores/job-intake.slice';
import { BoardTab } from './BoardTab';
import { CsvTab } from './CsvTab';
import { FileTab, PasteTab, UrlTab } from './IntakeTabs';
import { SitesTab } from './SitesTab';

const TABS: { id: AddJobTab; label: string }[] = [
  { id: 'paste', label: 'Paste' },
  { id: 'url', label: 'From a URL' },
  { id: 'file', label: 'File' },
  { id: 'csv', label: 'CSV' },
  { id: 'board', label: 'Company board' },
  { id: 'sites', label: 'Job sites' },
];

export function AddJobDialog({ tab }: { tab: AddJobTab }) {
  const open = useStore((s) => s.openAddJob);
  const close = useStore((s) => s.closeAddJob);

  const onAdded = useCallback(
    (added: JobAdded) => {
      close();
      navigate(`/jobs/${added.id}`);
    },
    [close],
  );

  return (
    <Dialog title="Add jobs" onClose={close} size="lg" testId="add-job-dialog">
      <Tabs idBase="add-job" label="Ways to add jobs" tabs={TABS} active={tab} onChange={open} />
      <TabPanel idBase="add-job" id={tab}>
        <div className="add-job-panel">
          {tab === 'paste' && <PasteTab onAdded={onAdded} />}
          {tab === 'url' && <UrlTab onAdded={onAdded} />}
          {tab === 'file' && <FileTab onAdded={onAdded} />}
          {tab === 'csv' && <CsvTab />}
          {tab === 'board' && <BoardTab />}
          {tab === 'sites' && <SitesTab />}
        </div>
      </TabPanel>
    </Dialog>
  );
}
