/** The job's title block: where, how, pay, when, where it came from; and what the person can do with it. */
import type { JobDetail } from '../../../../../src-preload/contract';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { EMPLOYMENT_LABELS, REMOTE_LABELS, formatPostedDate, formatSalary, labelOf } from '../../../lib/job-format';
import { formatDate } from '../../../lib/format';
import { Link } from '../../../router/Link';
import { useStore } from '../../../stores';

function SourceLink({ name, url }: { name: string; url: string | null }) {
  const openExternal = useStore((s) => s.openExternal);
  if (!url) return <span>{name}</span>;
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(e) => {
        e.preventDefault();
        void openExternal(url);
      }}
      data-testid="job-source-link"
    >
      {name} <Icon name="external" size={12} />
    </a>
  );
}

export function JobMeta({ detail }: { detail: JobDetail }) {
  const job = detail.job;
  const salary = job.salary
    ? (formatSalary(job.salary.min, job.salary.max, job.salary.currency, job.salary.period) ?? job.salary.text)
    : null;
  const posted = formatPostedDate(job.datePosted);
  const items = [
    job.company && <strong key="company">{job.company}</strong>,
    job.location && <span key="location">{job.location}</span>,
    job.remote && (
      <span key="remote" className={`chip remote-${job.remote}`}>
        {REMOTE_LABELS[job.remote]}
      </span>
    ),
    job.employmentType && (
      <span key="type" className="chip">
        {labelOf(EMPLOYMENT_LABELS, job.employmentType)}
      </span>
    ),
    salary && (
      <span key="salary" className="job-salary" data-testid="job-salary">
        {salary}
      </span>
    ),
    posted && <span key="posted">Posted {posted}</span>,
    detail.status === 'closed' && (
      <span key="closed" className="chip chip-closed">
        Closed
      </span>
    ),
  ].filter(Boolean);
  return (
    // Spans only: the page header puts this inside a paragraph.
    <span className="job-meta">
      <span className="detail-meta">{items}</span>
      <span className="job-sources muted small">
        From <SourceLink name={job.source.name} url={job.source.url} />
        {detail.alsoSeenAt.length > 0 && (
          <>
            {' · also seen at '}
            {detail.alsoSeenAt.map((s, i) => (
              <span key={`${s.name}-${i}`}>
                {i > 0 && ', '}
                <SourceLink name={s.name} url={s.url} />
              </span>
            ))}
          </>
        )}
        {' · added '}
        {formatDate(detail.createdAt)}
      </span>
    </span>
  );
}

export function JobActions({ detail, onDelete }: { detail: JobDetail; onDelete: () => void }) {
  const setFlags = useStore((s) => s.setJobFlags);
  const openExternal = useStore((s) => s.openExternal);
  const applyUrl = detail.job.applyUrl ?? detail.job.source.url;
  return (
    <div className="job-actions">
      <Button
        icon="star"
        className={detail.saved ? 'is-on' : undefined}
        aria-pressed={detail.saved}
        onClick={() => void setFlags(detail.id, { saved: !detail.saved })}
        data-testid="job-save-toggle"
      >
        {detail.saved ? 'Saved' : 'Save'}
      </Button>
      <Button
        icon={detail.appliedAt ? 'check' : 'send'}
        className={detail.appliedAt ? 'is-on' : undefined}
        aria-pressed={Boolean(detail.appliedAt)}
        title={detail.appliedAt ? `Applied ${formatDate(detail.appliedAt)}; click to undo` : undefined}
        onClick={() => void setFlags(detail.id, { applied: !detail.appliedAt })}
        data-testid="job-applied-toggle"
      >
        {detail.appliedAt ? 'Applied' : 'Mark applied'}
      </Button>
      <Button
        icon={detail.hidden ? 'eye' : 'eyeOff'}
        variant="ghost"
        onClick={() => void setFlags(detail.id, { hidden: !detail.hidden })}
        data-testid="job-hide-toggle"
      >
        {detail.hidden ? 'Unhide' : 'Hide'}
      </Button>
      <Link to={{ name: 'tailor', jobId: detail.id }} className="btn" data-testid="job-tailor">
        <Icon name="pencil" size={16} />
        <span>Tailor resume</span>
      </Link>
      <Link to={{ name: 'letter', jobId: detail.id }} className="btn" data-testid="job-cover-letter">
        <Icon name="clipboard" size={16} />
        <span>Cover letter</span>
      </Link>
      {applyUrl && (
        <Button icon="external" variant="ghost" onClick={() => void openExternal(applyUrl)}>
          Open posting
        </Button>
      )}
      <Button icon="trash" variant="ghost" className="btn-danger-ghost" onClick={onDelete} data-testid="job-delete">
        Delete
      </Button>
    </div>
  );
}
