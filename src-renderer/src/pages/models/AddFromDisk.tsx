/**
 * "Add a .gguf from disk": a typed path (a file input's path is not available in the sandbox),
 * checked for the .gguf ending here and for a real GGUF header by main, then copied with progress.
 * Test ids: `model-path`, `model-add-disk`, `model-disk-progress`.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { useStore } from '../../stores';
import { errorMessage } from '../../stores/types';

export function AddFromDisk() {
  const job = useStore((s) => s.diskImport);
  const add = useStore((s) => s.addModelFromDisk);
  const cancel = useStore((s) => s.cancelDiskImport);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const running = job?.running ?? false;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!/\.gguf$/i.test(path.trim())) return setError('Choose a .gguf model file (the full path ends in .gguf).');
    try {
      await add(path);
      setPath('');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form className="add-from-disk" onSubmit={(e) => void submit(e)} noValidate>
      <label className="form-field grow" htmlFor="model-path">
        <span className="field-label-text">Add a .gguf from disk</span>
        <input
          id="model-path"
          className="input mono"
          value={path}
          placeholder="/home/you/models/model.Q4_K_M.gguf"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby="model-path-hint"
          onChange={(e) => setPath(e.target.value)}
          data-testid="model-path"
        />
      </label>
      <Button type="submit" icon="plus" busy={running} disabled={!path.trim()} data-testid="model-add-disk">
        Add model
      </Button>
      <p id="model-path-hint" className={error ? 'field-error form-wide' : 'field-hint form-wide'} role={error ? 'alert' : undefined}>
        {error ?? 'The full path to the file. It is copied into Pathwise’s models folder after its header is checked.'}
      </p>
      {job && (running || job.error || job.added || job.cancelled) && (
        <div className="model-progress form-wide" data-testid="model-disk-progress">
          {running && <ProgressBar value={job.done} max={job.total} label="Copying the model" />}
          <span className={job.error ? 'field-error' : 'muted small'}>
            {job.error ? job.error.message : job.added && !running ? `Added ${job.added.name}.` : job.message}
          </span>
          {running && (
            <Button size="sm" onClick={() => void cancel()} disabled={!job.taskId}>
              Cancel
            </Button>
          )}
        </div>
      )}
    </form>
  );
}
