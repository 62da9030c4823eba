import type { DashboardSummary } from '../../../../src-preload/contract';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { ScoreGauge } from '../../components/ScoreGauge';
import { formatRelative } from '../../lib/format';
import { Link } from '../../router/Link';

type PrimaryResume = NonNullable<DashboardSummary['primaryResume']>;

export function PrimaryResumeCard({ resume }: { resume: PrimaryResume }) {
  return (
    <Card
      className="primary-resume"
      title="Resume score"
      actions={
        <Link to={{ name: 'resume', id: resume.id }} className="btn btn-ghost btn-sm">
          <span>Open resume</span>
          <Icon name="arrowRight" size={14} />
        </Link>
      }
    >
      <div className="primary-resume-body">
        <div className="primary-resume-score">
          <ScoreGauge score={resume.score} />
          <p className="primary-resume-title">{resume.title}</p>
          <p className="muted small">
            {resume.skillCount} {resume.skillCount === 1 ? 'skill' : 'skills'} found · updated {formatRelative(resume.updatedAt)}
          </p>
        </div>
        <div className="primary-resume-fixes">
          <h3 className="section-label">Top fixes</h3>
          {resume.topFixes.length === 0 ? (
            <p className="all-clear">
              <Icon name="pass" /> Every check passes. Nice work.
            </p>
          ) : (
            <ol className="fix-list">
              {resume.topFixes.map((fix, index) => (
                <li key={`${index}-${fix.title}`} className={`fix fix-${fix.status}`}>
                  <Icon
                    name={fix.status === 'fail' ? 'fail' : 'warn'}
                    className="fix-icon"
                    label={fix.status === 'fail' ? 'Failing' : 'Warning'}
                  />
                  <div>
                    <p className="fix-title">{fix.title}</p>
                    {fix.fix && <p className="fix-text">{fix.fix}</p>}
                  </div>
                </li>
              ))}
            </ol>
          )}
          <Link to={{ name: 'resume', id: resume.id }} className="text-link">
            See the full analysis
          </Link>
        </div>
      </div>
    </Card>
  );
}
