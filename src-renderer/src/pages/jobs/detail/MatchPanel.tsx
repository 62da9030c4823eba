/**
 * The explainable match: the score, each weighted part as a bar (weight vs earned, excluded parts
 * greyed with the reason), matching vs missing skills, missing keywords and honest suggestions.
 */
import type { MatchPart, MatchResult } from '../../../../../src-preload/contract';
import { Card } from '../../../components/Card';
import { EmptyState } from '../../../components/EmptyState';
import { Icon } from '../../../components/Icon';
import { ScoreGauge } from '../../../components/ScoreGauge';
import { Link } from '../../../router/Link';
import { ImportButton } from '../../resumes/ImportButton';

function PartBar({ part }: { part: MatchPart }) {
  const excluded = part.earned === null;
  const earnedPoints = excluded ? 0 : Math.round(part.weight * part.earned! * 10) / 10;
  return (
    <li className={excluded ? 'match-part excluded' : 'match-part'} data-testid="match-part">
      <div className="match-part-head">
        <span className="match-part-label">{part.label}</span>
        <span className="match-part-points">{excluded ? 'Not compared' : `${earnedPoints} / ${part.weight}`}</span>
      </div>
      <div
        className="match-bar"
        role="img"
        aria-label={excluded ? `${part.label}: not compared` : `${part.label}: earned ${earnedPoints} of ${part.weight} points`}
      >
        {/* The track is as wide as the part's weight; the fill is what was earned of it. */}
        <div className="match-bar-weight" style={{ width: `${Math.max(0, Math.min(100, part.weight))}%` }}>
          {!excluded && <div className="match-bar-earned" style={{ width: `${Math.max(0, Math.min(1, part.earned!)) * 100}%` }} />}
        </div>
      </div>
      <p className="match-part-detail">{part.detail}</p>
    </li>
  );
}

function SkillList({ title, skills, kind }: { title: string; skills: string[]; kind: 'have' | 'missing' }) {
  return (
    <div className="skill-group">
      <h4 className="skill-group-title">{title}</h4>
      {skills.length === 0 ? (
        <p className="muted small">{kind === 'have' ? 'None' : 'Nothing missing'}</p>
      ) : (
        <ul className="chip-list">
          {skills.map((skill) => (
            <li key={skill} className={`chip skill-${kind}`}>
              <Icon name={kind === 'have' ? 'check' : 'close'} size={12} />
              {skill}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function NoResumeMatch() {
  return (
    <Card title="Match" className="match-panel" data-testid="match-panel">
      <EmptyState icon="resume" title="No resume to match against" actions={<ImportButton>Import your resume</ImportButton>}>
        <p>
          Import a resume (or mark one as primary on the <Link to={{ name: 'resumes' }}>Resumes</Link> page) and Pathwise scores this job
          against it, part by part.
        </p>
      </EmptyState>
    </Card>
  );
}

export function MatchPanel({ match, resumeTitle }: { match: MatchResult; resumeTitle: string | null }) {
  return (
    <Card
      title="Match"
      className="match-panel"
      data-testid="match-panel"
      actions={resumeTitle && <span className="muted small">against {resumeTitle}</span>}
    >
      <div className="match-top">
        <ScoreGauge score={match.score} size={156} caption="match" />
        <ul className="match-parts" aria-label="How the score was made">
          {match.parts.map((part) => (
            <PartBar key={part.id} part={part} />
          ))}
        </ul>
      </div>
      <div className="match-skills">
        <section className="skill-column" aria-label="Skills you have">
          <h3 className="section-label">You have</h3>
          <SkillList title="Required" skills={match.matchingSkills.required} kind="have" />
          <SkillList title="Preferred" skills={match.matchingSkills.preferred} kind="have" />
        </section>
        <section className="skill-column" aria-label="Missing skills" data-testid="missing-skills">
          <h3 className="section-label">Missing from your resume</h3>
          <SkillList title="Required" skills={match.missingSkills.required} kind="missing" />
          <SkillList title="Preferred" skills={match.missingSkills.preferred} kind="missing" />
        </section>
      </div>
      {match.missingKeywords.length > 0 && (
        <div className="match-keywords">
          <h3 className="section-label">Words the posting uses that your resume does not</h3>
          <ul className="chip-list" data-testid="missing-keywords">
            {match.missingKeywords.map((word) => (
              <li key={word} className="chip">
                {word}
              </li>
            ))}
          </ul>
        </div>
      )}
      {match.suggestions.length > 0 && (
        <div className="match-suggestions">
          <h3 className="section-label">Suggestions</h3>
          <ul className="fix-list" data-testid="match-suggestions">
            {match.suggestions.map((text, i) => (
              <li key={i} className="fix">
                <Icon name="info" className="fix-icon" />
                <p className="fix-text">{text}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
