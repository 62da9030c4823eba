/** One job in the results list (fixed height: the list is virtualized). */
import type { JobSearchHit } from '../../../../src-preload/contract';
import { Icon } from '../../components/Icon';
import { ScoreBadge } from '../../components/ScoreGauge';
import { REMOTE_LABELS, formatPostedDate, formatSalary, labelOf } from '../../lib/job-format';

export const JOB_ROW_HEIGHT = 76;

export function JobRow({ hit, onToggleSave }: { hit: JobSearchHit; onToggleSave: (hit: JobSearchHit) => void }) {
  const salary = formatSalary(hit.salaryMinYear, hit.salaryMaxYear, hit.salaryCurrency);
  const remote = labelOf(REMOTE_LABELS, hit.remote);
  const posted = formatPostedDate(hit.datePosted);
  const where = [hit.company, hit.location].filter(Boolean).join(' · ');
  return (
    <div className="job-row">
      <button
        type="button"
        tabIndex={-1}
        className={hit.saved ? 'star-button active' : 'star-button'}
        aria-pressed={hit.saved}
        aria-label={hit.saved ? `Unsave ${hit.title}` : `Save ${hit.title}`}
        title={hit.saved ? 'Saved (press S to unsave)' : 'Save (S)'}
        data-testid="job-save"
        onClick={(event) => {
          event.stopPropagation();
          onToggleSave(hit);
        }}
      >
        <Icon name="star" filled={hit.saved} size={18} />
      </button>
      <div className="job-row-main">
        <p className="job-row-title">
          <span className="job-title-text" data-testid="job-title">
            {hit.title}
          </span>
          {hit.status === 'closed' && <span className="chip chip-sm chip-closed">Closed</span>}
          {hit.appliedAt && <span className="chip chip-sm chip-applied">Applied</span>}
          {hit.hidden && <span className="chip chip-sm">Hidden</span>}
        </p>
        <p className="job-row-sub">{where || hit.source}</p>
      </div>
      <div className="job-row-facts">
        {remote && <span className={`chip chip-sm remote-${hit.remote}`}>{remote}</span>}
        {salary && <span className="job-salary">{salary}</span>}
      </div>
      <div className="job-row-date">
        {posted && <time dateTime={hit.datePosted ?? undefined}>{posted}</time>}
        <span className="job-row-source">{hit.source}</span>
      </div>
      <ScoreBadge
        score={hit.score}
        testId="job-score"
        title={hit.score === null ? 'Import a resume to see match scores' : `Match score ${hit.score} of 100`}
      />
    </div>
  );
}
