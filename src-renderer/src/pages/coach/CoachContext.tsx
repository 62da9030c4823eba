/**
 * What the Tailor and Cover letter pages share: the job (title and company, from `jobs:get`), the
 * resumes with the primary one chosen by default, and "Import a resume first" when there is none.
 * Test ids: `coach-job`, `coach-resume`, `import-resume-first`.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { JobDetail, ResumeSummary } from '../../../../src-preload/contract';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useStore } from '../../stores';

export interface CoachContext {
  job: JobDetail | null;
  resumes: ResumeSummary[] | null;
  resumeId: number | null;
  setResumeId: (id: number) => void;
}

export function useCoachContext(jobId: number): CoachContext & { jobError: string | null; resumesError: string | null; retry: () => void } {
  const jobEntry = useStore((s) => s.jobDetails[jobId]);
  const resumeList = useStore((s) => s.resumeList);
  const loadJob = useStore((s) => s.loadJob);
  const loadResumes = useStore((s) => s.loadResumes);
  const [chosen, setChosen] = useState<number | null>(null);

  useEffect(() => {
    void loadJob(jobId);
    void loadResumes();
  }, [jobId, loadJob, loadResumes]);

  const resumes = resumeList.data;
  const fallback = resumes?.find((r) => r.isPrimary)?.id ?? resumes?.[0]?.id ?? null;
  const resumeId = chosen !== null && resumes?.some((r) => r.id === chosen) ? chosen : fallback;
  return {
    job: jobEntry?.data ?? null,
    jobError: jobEntry?.data ? null : (jobEntry?.error ?? null),
    resumes,
    resumesError: resumeList.error,
    resumeId,
    setResumeId: setChosen,
    retry: () => {
      void loadJob(jobId);
      void loadResumes();
    },
  };
}

export function CoachHeader({
  title,
  jobId,
  job,
  description,
}: {
  title: string;
  jobId: number;
  job: JobDetail | null;
  description: string;
}) {
  useEffect(() => {
    document.title = `${title}${job ? ` · ${job.job.title}` : ''} · Pathwise`;
  }, [title, job]);
  return (
    <PageHeader
      before={
        <a href={`#/jobs/${jobId}`} className="back-link">
          <Icon name="arrowLeft" size={14} /> {job ? job.job.title : 'Job'}
        </a>
      }
      title={title}
      description={
        <>
          {job && (
            <span className="coach-job" data-testid="coach-job">
              <Icon name="briefcase" size={14} /> <strong>{job.job.title}</strong>
              {job.job.company ? ` at ${job.job.company}` : ''}
            </span>
          )}
          <span className="coach-job-description">{description}</span>
        </>
      }
    />
  );
}

/** Loading, a missing job or no resume at all; otherwise the page's content. */
export function CoachGate({ context, children }: { context: ReturnType<typeof useCoachContext>; children: ReactNode }) {
  if (context.jobError) return <ErrorNotice title="Could not open this job" message={context.jobError} onRetry={context.retry} />;
  if (context.resumesError)
    return <ErrorNotice title="Could not list your resumes" message={context.resumesError} onRetry={context.retry} />;
  if (!context.job || !context.resumes) {
    return (
      <div className="loading-block">
        <Spinner label="Loading" />
      </div>
    );
  }
  if (context.resumes.length === 0) {
    return (
      <EmptyState
        icon="resume"
        title="Import a resume first"
        actions={
          <a className="btn btn-primary" href="#/resumes" data-testid="import-resume-first">
            Import a resume
          </a>
        }
      >
        <p>The coach works from your resume: it only suggests what your resume can back up.</p>
      </EmptyState>
    );
  }
  return <>{children}</>;
}

export function ResumePicker({ context, disabled }: { context: CoachContext; disabled?: boolean }) {
  return (
    <label className="form-field coach-resume-field">
      <span className="field-label-text">Resume</span>
      <select
        className="input"
        value={context.resumeId ?? ''}
        disabled={disabled}
        onChange={(e) => context.setResumeId(Number(e.target.value))}
        data-testid="coach-resume"
      >
        {context.resumes?.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
            {r.isPrimary ? ' (primary)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
