/** The five open jobs that match the primary resume best, or the next step when there are none. */
import type { JobSearchHit } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { ScoreBadge } from '../../components/ScoreGauge';
import { REMOTE_LABELS, formatSalary, labelOf } from '../../lib/job-format';
import { Link } from '../../router/Link';
import { useStore } from '../../stores';

export function AddFirstJobCard() {
  const openAddJob = useStore((s) => s.openAddJob);
  return (
    <section className="card first-step" aria-labelledby="first-job-title" data-testid="first-job">
      <div className="first-step-art" aria-hidden="true">
        <Icon name="briefcase" size={36} />
      </div>
      <div className="first-step-body">
        <p className="eyebrow">Next step</p>
        <h2 id="first-job-title" className="first-step-title">
          Add your first job
        </h2>
        <p className="first-step-text">
          Paste a posting, give its address, or follow a company’s careers board. Pathwise shows how well you match and what is missing.
        </p>
        <div className="first-step-actions">
          <Button variant="primary" icon="plus" onClick={() => openAddJob('paste')} data-testid="dashboard-add-job">
            Add your first job
          </Button>
          <Button icon="building" onClick={() => openAddJob('board')}>
            Follow a company board
          </Button>
        </div>
      </div>
    </section>
  );
}

function TopMatch({ hit }: { hit: JobSearchHit }) {
  const salary = formatSalary(hit.salaryMinYear, hit.salaryMaxYear, hit.salaryCurrency);
  const where = [hit.company, hit.location, labelOf(REMOTE_LABELS, hit.remote)].filter(Boolean).join(' · ');
  return (
    <li>
      <Link to={{ name: 'job', id: hit.id }} className="top-match" data-testid="top-match">
        <ScoreBadge score={hit.score} />
        <span className="top-match-text">
          <span className="top-match-title">{hit.title}</span>
          <span className="top-match-sub">
            {where}
            {salary ? ` · ${salary}` : ''}
          </span>
        </span>
        <Icon name="arrowRight" size={14} />
      </Link>
    </li>
  );
}

export function TopMatchesCard({ hits }: { hits: JobSearchHit[] }) {
  return (
    <Card
      title="Top matches"
      className="top-matches"
      actions={
        <Link to={{ name: 'jobs' }} className="btn btn-ghost btn-sm">
          <span>All jobs</span>
          <Icon name="arrowRight" size={14} />
        </Link>
      }
    >
      {hits.length === 0 ? (
        <p className="muted">No open jobs to rank yet.</p>
      ) : (
        <ul className="top-match-list">
          {hits.map((hit) => (
            <TopMatch key={hit.id} hit={hit} />
          ))}
        </ul>
      )}
    </Card>
  );
}
