/**
 * What Pathwise read from the posting, each requirement with the sentence it came from (shown on
 * hover or focus, and when the row is expanded), so every extracted value can be checked.
 */
import type { JobRequirement, ParsedJob } from '../../../../../src-preload/contract';
import { Card } from '../../../components/Card';
import { SENIORITY_LABELS, labelOf } from '../../../lib/job-format';
import { formatYears } from '../../../lib/format';

const EDUCATION_LABELS = {
  'high-school': 'High school',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctorate',
} as const;

function Requirement({ requirement }: { requirement: JobRequirement }) {
  return (
    <li className="requirement" data-testid="requirement">
      <details>
        <summary title={requirement.sentence}>
          <span className="requirement-text">{requirement.skillName ?? requirement.text}</span>
          {requirement.skillName && requirement.skillName !== requirement.text && (
            <span className="muted small"> ({requirement.text})</span>
          )}
        </summary>
        <blockquote className="requirement-source" data-testid="requirement-source">
          <span className="visually-hidden">From the posting: </span>
          {requirement.sentence}
        </blockquote>
      </details>
    </li>
  );
}

function RequirementGroup({ title, items }: { title: string; items: JobRequirement[] }) {
  if (!items.length) return null;
  return (
    <section className="requirement-group" aria-label={`${title} requirements`}>
      <h3 className="section-label">
        {title} <span className="count">{items.length}</span>
      </h3>
      <ul className="requirement-list">
        {items.map((r, i) => (
          <Requirement key={`${r.text}-${i}`} requirement={r} />
        ))}
      </ul>
    </section>
  );
}

function TextList({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <section>
      <h3 className="section-label">{title}</h3>
      <ul className="highlight-list">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

export function ExtractedFields({ job }: { job: ParsedJob }) {
  const required = job.requirements.filter((r) => r.kind === 'required');
  const preferred = job.requirements.filter((r) => r.kind === 'preferred');
  const seniority = labelOf(SENIORITY_LABELS, job.seniority);
  const nothing =
    !job.requirements.length &&
    !job.benefits.length &&
    !job.responsibilities.length &&
    !seniority &&
    job.minYearsExperience === null &&
    !job.education;
  return (
    <Card title="What Pathwise read" className="extracted" data-testid="extracted-fields">
      {nothing && <p className="muted">No requirements were found in this posting’s text.</p>}
      {(seniority || job.minYearsExperience !== null || job.education) && (
        <dl className="facts">
          {seniority && (
            <div>
              <dt>Seniority</dt>
              <dd>{seniority}</dd>
            </div>
          )}
          {job.minYearsExperience !== null && (
            <div>
              <dt>Experience</dt>
              <dd>At least {formatYears(job.minYearsExperience)}</dd>
            </div>
          )}
          {job.education && (
            <div>
              <dt>Education</dt>
              <dd title={job.education.text}>
                {EDUCATION_LABELS[job.education.level] ?? job.education.level} {job.education.required ? '(required)' : '(preferred)'}
              </dd>
            </div>
          )}
        </dl>
      )}
      {job.requirements.length > 0 && <p className="muted small">Open a requirement to see the sentence it was read from.</p>}
      <div className="requirement-columns">
        <RequirementGroup title="Required" items={required} />
        <RequirementGroup title="Preferred" items={preferred} />
      </div>
      <div className="requirement-columns">
        <TextList title="Responsibilities" items={job.responsibilities} />
        <TextList title="Benefits" items={job.benefits} />
      </div>
    </Card>
  );
}
