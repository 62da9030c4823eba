/** Add one job: pasted text, a web address, or a file. Errors show in place; typed text is kept. */
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { JobAdded } from '../../../../../src-preload/contract';
import { Button } from '../../../components/Button';
import { useStore } from '../../../stores';
import { useAction } from './useAction';

export const JOB_FILE_ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf';

function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="field-error" role="alert" data-testid="add-job-error">
      {message}
    </p>
  );
}

const submitOnCtrlEnter = (event: KeyboardEvent<HTMLElement>) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.closest('form')?.requestSubmit();
  }
};

export function PasteTab({ onAdded }: { onAdded: (added: JobAdded) => void }) {
  const addJobText = useStore((s) => s.addJobText);
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const { busy, error, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const added = await run(() => addJobText(text, url));
    if (added) onAdded(added);
  };

  return (
    <form className="form-stack" onSubmit={(e) => void submit(e)}>
      <div className="form-field">
        <label className="field-label" htmlFor="job-paste">
          Job description
        </label>
        <textarea
          id="job-paste"
          className="input paste-box"
          rows={12}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={submitOnCtrlEnter}
          placeholder="Paste the whole posting: title, company, requirements, everything."
          aria-invalid={Boolean(error)}
          data-autofocus
          data-testid="job-paste"
        />
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor="job-paste-url">
          Where it was posted <span className="muted">(optional)</span>
        </label>
        <input
          id="job-paste-url"
          className="input"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://"
          data-testid="job-paste-url"
        />
      </div>
      <FormError message={error} />
      <div className="dialog-actions">
        <span className="muted small">Ctrl+Enter adds it</span>
        <Button type="submit" variant="primary" busy={busy} disabled={!text.trim()} data-testid="job-paste-submit">
          Add job
        </Button>
      </div>
    </form>
  );
}

export function UrlTab({ onAdded }: { onAdded: (added: JobAdded) => void }) {
  const addJobUrl = useStore((s) => s.addJobUrl);
  const [url, setUrl] = useState('');
  const { busy, error, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const added = await run(() => addJobUrl(url));
    if (added) onAdded(added);
  };

  return (
    <form className="form-stack" onSubmit={(e) => void submit(e)}>
      <div className="form-field">
        <label className="field-label" htmlFor="job-url">
          Posting address
        </label>
        <input
          id="job-url"
          className="input"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://boards.greenhouse.io/acme/jobs/4001"
          aria-invalid={Boolean(error)}
          data-autofocus
          data-testid="job-url"
        />
        <p className="field-hint">
          Pathwise fetches this one page (or the board’s public API when it recognises Greenhouse, Lever and others). Nothing else is sent.
        </p>
      </div>
      <FormError message={error} />
      <div className="dialog-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={!url.trim()} data-testid="job-url-submit">
          {busy ? 'Fetching…' : 'Add job'}
        </Button>
      </div>
    </form>
  );
}

export function FileTab({ onAdded }: { onAdded: (added: JobAdded) => void }) {
  const addJobFile = useStore((s) => s.addJobFile);
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setName(file.name);
    const added = await run(() => addJobFile(file));
    if (added) onAdded(added);
  };

  return (
    <div className="form-stack">
      <p className="muted">A saved posting as text, Markdown, a web page (.html) or a PDF. It is read on this computer.</p>
      <input
        ref={inputRef}
        type="file"
        accept={JOB_FILE_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="job-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          void choose(file);
        }}
      />
      <div className="file-pick">
        <Button variant="primary" icon="upload" busy={busy} onClick={() => inputRef.current?.click()} data-autofocus data-testid="job-file">
          Choose a file
        </Button>
        {name && <span className="muted small">{busy ? `Reading ${name}…` : name}</span>}
      </div>
      <FormError message={error} />
    </div>
  );
}
