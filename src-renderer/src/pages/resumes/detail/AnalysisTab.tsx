import type { AnalysisCheck, ResumeDetail } from '../../../../../src-preload/contract';
import { Button } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { Icon } from '../../../components/Icon';
import { ScoreGauge } from '../../../components/ScoreGauge';
import { formatDateTime, formatPartialDate, formatYears } from '../../../lib/format';
import { SkillsTable } from './SkillsTable';

const CATEGORY_LABELS: Record<AnalysisCheck['category'], string> = {
  contact: 'Contact details',
  structure: 'Structure',
  dates: 'Dates',
  bullets: 'Bullet points',
  length: 'Length',
  layout: 'Layout',
  file: 'File',
};

const STATUS_TEXT = { pass: 'Passes', warn: 'Could be better', fail: 'Fails' } as const;

const SENIORITY_LABELS: Record<string, string> = {
  intern: 'Intern',
  entry: 'Entry level',
  junior: 'Junior',
  mid: 'Mid level',
  senior: 'Senior',
  lead: 'Lead',
  principal: 'Principal',
  executive: 'Executive',
};

function points(check: AnalysisCheck): string {
  const earned = Math.round(check.weight * check.result * 10) / 10;
  return `${earned} / ${check.weight}`;
}

function CheckItem({ check }: { check: AnalysisCheck }) {
  return (
    <li className={`check check-${check.status}`} data-testid="analysis-check">
      <Icon
        name={check.status === 'pass' ? 'pass' : check.status === 'warn' ? 'warn' : 'fail'}
        className="check-icon"
        label={STATUS_TEXT[check.status]}
      />
      <div className="check-body">
        <div className="check-head">
          <p className="check-title">{check.title}</p>
          <span className="check-points" title={`Earned ${points(check)} points (weight ${check.weight})`}>
            {points(check)} pts
          </span>
        </div>
        <p className="check-detail">{check.detail}</p>
        {check.fix && (
          <p className="check-fix">
            <strong>Fix: </strong>
            {check.fix}
          </p>
        )}
        {check.evidence && check.evidence.length > 0 && (
          <ul className="evidence-list" aria-label="Examples from your resume">
            {check.evidence.map((e, i) => (
              <li key={i}>
                <q>{e}</q>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

export function AnalysisTab({ detail, busy, onReanalyze }: { detail: ResumeDetail; busy: boolean; onReanalyze: () => void }) {
  const a = detail.analysis;
  const categories = [...new Set(a.checks.map((c) => c.category))];
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const c of a.checks) counts[c.status] += 1;
  return (
    <div className="analysis">
      <div className="analysis-top">
        <Card className="analysis-score">
          <ScoreGauge score={a.score} size={180} />
          <ul className="check-counts">
            <li className="check-pass">
              <Icon name="pass" size={14} /> {counts.pass} passing
            </li>
            <li className="check-warn">
              <Icon name="warn" size={14} /> {counts.warn} to improve
            </li>
            <li className="check-fail">
              <Icon name="fail" size={14} /> {counts.fail} failing
            </li>
          </ul>
          <Button icon="refresh" busy={busy} onClick={onReanalyze} data-testid="reanalyze">
            Re-analyse
          </Button>
          <p className="muted small">Analysed {formatDateTime(a.analyzedAt)}</p>
        </Card>
        <Card title="Experience" className="experience-card">
          <dl className="facts">
            <div>
              <dt>Total experience</dt>
              <dd>{formatYears(a.totalYearsExperience)}</dd>
            </div>
            <div>
              <dt>Seniority</dt>
              <dd>{SENIORITY_LABELS[a.seniority] ?? a.seniority}</dd>
            </div>
            <div>
              <dt>Length</dt>
              <dd>
                {a.wordCount.toLocaleString()} words · {a.pageCount} {a.pageCount === 1 ? 'page' : 'pages'}
              </dd>
            </div>
          </dl>
          <h3 className="section-label">Gaps between jobs</h3>
          {a.gaps.length === 0 ? (
            <p className="muted">No gaps longer than three months between dated roles.</p>
          ) : (
            <ul className="gap-list">
              {a.gaps.map((g, i) => (
                <li key={i}>
                  {formatPartialDate(g.from)} – {formatPartialDate(g.to)} <span className="muted">({g.months} months)</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <Card title="Checks" className="checks-card">
        {categories.map((category) => (
          <section key={category} className="check-group" aria-label={CATEGORY_LABELS[category] ?? category}>
            <h3 className="section-label">{CATEGORY_LABELS[category] ?? category}</h3>
            <ul className="check-list">
              {a.checks
                .filter((c) => c.category === category)
                .map((check) => (
                  <CheckItem key={check.id} check={check} />
                ))}
            </ul>
          </section>
        ))}
      </Card>

      <Card title={`Skills (${a.skills.length})`} className="skills-card">
        <SkillsTable skills={a.skills} />
      </Card>
    </div>
  );
}
