import { useState } from 'react';
import type { ResumeSummary } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { ScoreBadge } from '../../components/ScoreGauge';
import { FORMAT_LABELS, formatDate, formatDateTime } from '../../lib/format';
import { Link } from '../../router/Link';
import { useStore } from '../../stores';
import { RenameField } from './RenameField';

function ResumeRow({ resume, onDelete }: { resume: ResumeSummary; onDelete: (resume: ResumeSummary) => void }) {
  const setPrimaryResume = useStore((s) => s.setPrimaryResume);
  const [renaming, setRenaming] = useState(false);
  return (
    <tr data-testid="resume-row" className={resume.isPrimary ? 'is-primary' : undefined}>
      <td className="col-star">
        <button
          type="button"
          className={resume.isPrimary ? 'star-button active' : 'star-button'}
          aria-pressed={resume.isPrimary}
          aria-label={resume.isPrimary ? `${resume.title} is the primary resume` : `Make ${resume.title} the primary resume`}
          title={resume.isPrimary ? 'Primary resume' : 'Make primary'}
          data-testid="make-primary"
          onClick={() => !resume.isPrimary && void setPrimaryResume(resume.id)}
        >
          <Icon name="star" filled={resume.isPrimary} size={18} />
        </button>
      </td>
      <td className="col-title">
        {renaming ? (
          <RenameField resume={resume} onDone={() => setRenaming(false)} />
        ) : (
          <>
            <Link to={{ name: 'resume', id: resume.id }} className="resume-title-link" data-testid="resume-title">
              {resume.title}
            </Link>
            <span className="resume-file">{resume.fileName}</span>
          </>
        )}
      </td>
      <td className="col-format">
        <span className="chip">{FORMAT_LABELS[resume.format] ?? resume.format}</span>
      </td>
      <td className="col-score">
        <ScoreBadge score={resume.score} />
      </td>
      <td className="col-date">
        <time dateTime={resume.createdAt} title={formatDateTime(resume.createdAt)}>
          {formatDate(resume.createdAt)}
        </time>
      </td>
      <td className="col-actions">
        <div className="row-actions">
          <Link to={{ name: 'resume', id: resume.id }} className="btn btn-ghost btn-sm" aria-label={`Open ${resume.title}`}>
            <span>Open</span>
          </Link>
          <Button
            size="sm"
            variant="ghost"
            icon="pencil"
            onClick={() => setRenaming(true)}
            aria-label={`Rename ${resume.title}`}
            data-testid="rename"
          >
            Rename
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon="trash"
            className="btn-danger-ghost"
            onClick={() => onDelete(resume)}
            aria-label={`Delete ${resume.title}`}
            data-testid="delete"
          >
            Delete
          </Button>
        </div>
      </td>
    </tr>
  );
}

export function ResumeTable({ resumes, onDelete }: { resumes: ResumeSummary[]; onDelete: (resume: ResumeSummary) => void }) {
  return (
    <div className="card table-card">
      <table className="table resume-table">
        <thead>
          <tr>
            <th scope="col" className="col-star">
              <span className="visually-hidden">Primary</span>
            </th>
            <th scope="col">Resume</th>
            <th scope="col">Format</th>
            <th scope="col">Score</th>
            <th scope="col">Imported</th>
            <th scope="col" className="col-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {resumes.map((resume) => (
            <ResumeRow key={resume.id} resume={resume} onDelete={onDelete} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
