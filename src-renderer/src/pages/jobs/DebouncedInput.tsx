/**
 * A text input that reports its value after the person pauses typing (search-as-you-type), and
 * follows the value when it changes from outside (clear filters, a saved search applied).
 */
import { useEffect, useRef, useState, type InputHTMLAttributes, type Ref } from 'react';

export const TYPING_DELAY_MS = 150;

type DebouncedInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onValue: (value: string) => void;
  delay?: number;
  ref?: Ref<HTMLInputElement>;
};

export function DebouncedInput({ value, onValue, delay = TYPING_DELAY_MS, onKeyDown, ref, ...rest }: DebouncedInputProps) {
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  const timer = useRef<number | undefined>(undefined);
  const onValueRef = useRef(onValue);

  useEffect(() => {
    onValueRef.current = onValue;
  }, [onValue]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  // The value changed from outside: show it (React's "adjust state on prop change" pattern).
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }

  const schedule = (next: string) => {
    setDraft(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onValueRef.current(next), delay);
  };

  return (
    <input
      {...rest}
      ref={ref}
      value={draft}
      onChange={(event) => schedule(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          // Enter searches at once.
          window.clearTimeout(timer.current);
          onValueRef.current(event.currentTarget.value);
        } else if (event.key === 'Escape' && draft) {
          event.preventDefault();
          event.stopPropagation();
          schedule('');
        }
        onKeyDown?.(event);
      }}
    />
  );
}
