/**
 * A saved cover letter, editable: Save re-checks it (main flags sentences the resume does not back
 * up), Export writes .txt, .md or .docx, Delete asks first.
 * Test ids: `letter-text`, `letter-save`, `letter-flagged`, `letter-export-{txt,md,docx}`, `letter-delete`.
 */
import { useState } from 'react';
import type { ExportFormat, SavedCoverLetter } from '../../../../src-preload/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../lib/format';
import { useStore } from '../../stores';
import { errorMessage } from '../../stores/types';
import { downloadFile } from './download';
import { ProducedByNote } from './ProducedBy';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'txt', label: '.txt' },
  { format: 'md', label: '.md' },
  { format: 'docx', label: '.docx' },
];

export function LetterEditor({ letter, onDeleted }: { letter: SavedCoverLetter; onDeleted: () => void }) {
  const update = useStore((s) => s.updateLetter);
  const remove = useStore((s) => s.deleteLetter);
  const exportLetter = useStore((s) => s.exportLetter);
  const [draft, setDraft] = useState(letter.text);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [confirming, setConfirming] = useState(false);
  const dirty = draft.trim() !== letter.text.trim();

  const save = async () => {
    setSaving(true);
    setMessage(null);
    try {
      await update(letter, draft);
      setMessage({ error: false, text: 'Saved' });
    } catch (e) {
      setMessage({ error: true, text: errorMessage(e) });
    } finally {
      setSaving(false);
    }
  };

  const download = async (format: ExportFormat) => {
    setExporting(format);
    setMessage(null);
    try {
      if (dirty) await update(letter, draft);
      downloadFile(await exportLetter(letter.id, format));
    } catch (e) {
      setMessage({ error: true, text: errorMessage(e) });
    } finally {
      setExporting(null);
    }
  };

  return (
    <Card
      title="Your letter"
      actions={<span className="muted small">Edited {formatDateTime(letter.updatedAt)}</span>}
      className="letter-editor"
      data-testid="letter-editor"
    >
      <ProducedByNote producedBy={letter.producedBy} />
      <label className="visually-hidden" htmlFor={`letter-${letter.id}`}>
        Cover letter text
      </label>
      <textarea
        id={`letter-${letter.id}`}
        className="input letter-text"
        value={draft}
        rows={16}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 's' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            if (dirty) void save();
          }
        }}
        data-testid="letter-text"
      />
      {letter.flagged.length > 0 && (
        <div className="letter-flagged" data-testid="letter-flagged">
          <p className="section-label">Check these: not supported by your resume</p>
          <ul className="claim-list">
            {letter.flagged.map((f, i) => (
              <li key={i}>
                <Icon name="warn" size={14} /> <q>{f.sentence}</q>
                <span className="muted small"> {f.claims.map((c) => c.reason).join(' ')}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions letter-actions">
        <Button variant="primary" icon="check" disabled={!dirty} busy={saving} onClick={() => void save()} data-testid="letter-save">
          Save
        </Button>
        <span className="letter-export" role="group" aria-label="Export">
          <span className="muted small">Export</span>
          {FORMATS.map(({ format, label }) => (
            <Button
              key={format}
              size="sm"
              icon="upload"
              busy={exporting === format}
              onClick={() => void download(format)}
              data-testid={`letter-export-${format}`}
            >
              {label}
            </Button>
          ))}
        </span>
        <Button
          size="sm"
          variant="ghost"
          icon="trash"
          className="btn-danger-ghost"
          onClick={() => setConfirming(true)}
          data-testid="letter-delete"
        >
          Delete
        </Button>
      </div>
      {message && (
        <p className={message.error ? 'field-error' : 'saved-flag'} role={message.error ? 'alert' : 'status'} data-testid="letter-message">
          {message.text}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title="Delete this cover letter?"
          confirmLabel="Delete"
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void remove(letter).then(onDeleted, (e: unknown) => setMessage({ error: true, text: errorMessage(e) }));
          }}
        >
          It is removed from Pathwise. Files you exported stay where you saved them.
        </ConfirmDialog>
      )}
    </Card>
  );
}
