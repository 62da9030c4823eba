import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { PageHeader } from '../../../components/PageHeader';
import { Spinner } from '../../../components/Spinner';
import { Link } from '../../../router/Link';
import { navigate } from '../../../router/router';
import { useStore } from '../../../stores';
import { ExtractedFields } from './ExtractedFields';
import { JobActions, JobMeta } from './JobHeader';
import { MatchPanel, NoResumeMatch } from './MatchPanel';
import { NotesCard } from './NotesCard';
import { PostingCard } from './PostingCard';

export function JobDetailPage({ id }: { id: number }) {
  const entry = useStore((s) => s.jobDetails[id]);
  const loadJob = useStore((s) => s.loadJob);
  const keepOnly = useStore((s) => s.keepOnlyJobDetail);
  const deleteJob = useStore((s) => s.deleteJob);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);

  useEffect(() => {
    keepOnly(id);
    void loadJob(id);
    return () => keepOnly(null);
  }, [id, keepOnly, loadJob]);

  const detail = entry?.data;
  useEffect(() => {
    document.title = `${detail?.job.title ?? 'Job'} · Pathwise`;
  }, [detail?.job.title]);

  const back = (
    <Link to={{ name: 'jobs' }} className="back-link">
      <Icon name="arrowLeft" size={14} /> Jobs
    </Link>
  );

  if (!detail) {
    return (
      <>
        <PageHeader title="Job" before={back} />
        {entry?.error ? (
          <ErrorNotice title="Could not open this job" message={entry.error} onRetry={() => void loadJob(id)} />
        ) : (
          <div className="loading-block">
            <Spinner label="Loading the job" />
          </div>
        )}
      </>
    );
  }

  const confirmDelete = async () => {
    setDeleting(true);
    const deleted = await deleteJob(id);
    setDeleting(false);
    setConfirming(false);
    if (deleted) navigate('/jobs');
  };

  return (
    <>
      <PageHeader before={back} title={detail.job.title} description={<JobMeta detail={detail} />} />
      <JobActions detail={detail} onDelete={() => setConfirming(true)} />
      {entry.error && <ErrorNotice title="Could not refresh this job" message={entry.error} onRetry={() => void loadJob(id)} />}
      <div className="job-detail-grid">
        <div className="job-detail-main">
          {detail.match ? <MatchPanel match={detail.match} resumeTitle={detail.resumeTitle} /> : <NoResumeMatch />}
          <ExtractedFields job={detail.job} />
          <PostingCard job={detail.job} />
        </div>
        <aside className="job-detail-side">
          <NotesCard key={id} id={id} notes={detail.notes} />
        </aside>
      </div>
      {confirming && (
        <ConfirmDialog
          title="Delete this job?"
          confirmLabel="Delete"
          danger
          busy={deleting}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            <strong>{detail.job.title}</strong>
            {detail.job.company ? ` at ${detail.job.company}` : ''}, its match and your notes will be removed. If it comes back from a
            followed board it is added again; hide it instead to keep it out of your list.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
