/**
 * A list of short values typed one at a time: Enter or a comma adds, Backspace in the empty box
 * removes the last, each tag has a remove button.
 */
import { useState, type KeyboardEvent } from 'react';
import { Icon } from './Icon';

interface TagInputProps {
  id: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  max?: number;
  maxLength?: number;
  testId?: string;
  describedBy?: string;
}

export function TagInput({ id, values, onChange, placeholder, max = 20, maxLength = 120, testId, describedBy }: TagInputProps) {
  const [draft, setDraft] = useState('');

  const add = (raw: string) => {
    const value = raw.replace(/\s+/g, ' ').trim().slice(0, maxLength);
    if (!value || values.length >= max || values.some((v) => v.toLowerCase() === value.toLowerCase())) return setDraft('');
    onChange([...values, value]);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && !draft && values.length) {
      onChange(values.slice(0, -1));
    }
  };

  return (
    <div className="tag-input">
      {values.map((value) => (
        <span key={value} className="tag">
          {value}
          <button
            type="button"
            className="tag-remove"
            onClick={() => onChange(values.filter((v) => v !== value))}
            aria-label={`Remove ${value}`}
          >
            <Icon name="close" size={12} />
          </button>
        </span>
      ))}
      <input
        id={id}
        className="tag-input-box"
        value={draft}
        placeholder={values.length >= max ? '' : placeholder}
        disabled={values.length >= max}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => add(draft)}
        aria-describedby={describedBy}
        data-testid={testId}
      />
    </div>
  );
}
