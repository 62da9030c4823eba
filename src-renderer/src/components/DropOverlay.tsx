import { Icon } from './Icon';

/** Shown while files are dragged over the window. Purely visual: the window handles the drop. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">
        <Icon name="upload" size={40} />
        <p className="drop-overlay-title">Drop to import your resumes</p>
        <p className="drop-overlay-hint">PDF, DOCX, TXT or Markdown, JSON Resume, LinkedIn export (.zip)</p>
      </div>
    </div>
  );
}
