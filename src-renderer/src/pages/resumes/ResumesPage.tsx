import { useEffect, useState } from 'react';
import type { ResumeSummary } from '../../../../src-preload/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useStore } from '../../stores';
import { ImportButton } from './ImportButton';
import { ImportProgress } from './ImportProgress';
import { ResumeTable } from './ResumeTable';

export function ResumesPage() {
  const { data, loading, error } = useStore((s) => s.resumeList);
  const loadResumes = useStore((s) => s.loadResumes);
  const deleteResume = useStore((s) => s.deleteResume);
  const [pendingDelete, setPendingDelete] = useState<ResumeSummary | null>(null);
  const [deleting, setDeleting] = useState(false);

  useEffect(() => {
    document.title = 'Resumes · Pathwise';
    void loadResumes();
  }, [loadResumes]);

  const confirmDelete = async () => {
    if (!pendingDelete) return;
    setDeleting(true);
    await deleteResume(pendingDelete.id);
    setDeleting(false);
    setPendingDelete(null);
  };

  return (
    <>
      <PageHeader
        title="Resumes"
        description="Import as many versions as you like. Drop files anywhere on this window, or choose them."
        actions={<ImportButton />}
      />
      <ImportProgress />
      {error && <ErrorNotice title="Could not load your resumes" message={error} onRetry={() => void loadResumes()} />}
      {!data && loading && (
        <div className="loading-block">
          <Spinner label="Loading resumes" />
        </div>
      )}
      {data && data.length === 0 && (
        <EmptyState icon="resume" title="No resumes yet" actions={<ImportButton variant="secondary">Choose files</ImportButton>}>
          <p>Import a PDF, DOCX, TXT or Markdown file, a JSON Resume, or your LinkedIn data export (.zip).</p>
          <p className="muted small">Files are copied into your Pathwise data folder and never leave this computer.</p>
        </EmptyState>
      )}
      {data && data.length > 0 && <ResumeTable resumes={data} onDelete={setPendingDelete} />}
      {pendingDelete && (
        <ConfirmDialog
          title="Delete this resume?"
          confirmLabel="Delete"
          danger
          busy={deleting}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setPendingDelete(null)}
        >
          <p>
            <strong>{pendingDelete.title}</strong> ({pendingDelete.fileName}), its analysis and your corrections will be removed from
            Pathwise. Backups are not affected.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
