import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../../../stores/types';

/**
 * Runs one async action at a time for a form: `busy` while it runs, the contract's message in
 * `error` when it fails (the form keeps what was typed). Returns the value, or undefined on failure.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(errorMessage(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
