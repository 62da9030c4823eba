import { Icon } from '../../components/Icon';
import { ImportButton } from '../resumes/ImportButton';

const FORMATS = ['PDF', 'DOCX', 'TXT / Markdown', 'JSON Resume', 'LinkedIn export (.zip)'];

/** The welcome: nothing is imported yet, so the one useful thing to do is import a resume. */
export function FirstStepCard({ hasResumes }: { hasResumes: boolean }) {
  return (
    <section className="card first-step" aria-labelledby="first-step-title">
      <div className="first-step-art" aria-hidden="true">
        <Icon name="resume" size={36} />
      </div>
      <div className="first-step-body">
        <p className="eyebrow">{hasResumes ? 'Next step' : 'First step'}</p>
        <h2 id="first-step-title" className="first-step-title">
          {hasResumes ? 'Choose your primary resume' : 'Import your resume'}
        </h2>
        <p className="first-step-text">
          {hasResumes
            ? 'Mark one resume as primary on the Resumes page and its score and top fixes appear here.'
            : 'Pathwise reads your resume, shows what an applicant tracking system sees, and scores it with concrete fixes. Choose a file, or drag and drop one anywhere on this window.'}
        </p>
        {!hasResumes && (
          <ul className="format-list" aria-label="Supported formats">
            {FORMATS.map((format) => (
              <li key={format} className="chip">
                {format}
              </li>
            ))}
          </ul>
        )}
        <div className="first-step-actions">
          {hasResumes ? (
            <a className="btn btn-primary" href="#/resumes">
              Go to Resumes
            </a>
          ) : (
            <ImportButton>Import your resume</ImportButton>
          )}
          <span className="first-step-privacy">
            <Icon name="lock" size={14} /> Everything stays on this computer.
          </span>
        </div>
      </div>
    </section>
  );
}
