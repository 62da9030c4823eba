// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Field, confidenceOf } from './Field';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const q = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const key = (el: HTMLElement, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('Field', () => {
  it('edits on Enter, saves on Enter with the JSON path, and shows the source', async () => {
    const onSave = vi.fn(async () => {});
    await act(async () =>
      root.render(
        <Field
          path="work[0].position"
          label="Position"
          value="Engineer"
          provenance={{ confidence: 0.3, source: { page: 1, line: 4, text: 'Engineer, Acme' } }}
          onSave={onSave}
        />,
      ),
    );
    expect(container.textContent).toContain('Check this');
    expect(container.textContent).toContain('Page 1, line 4');
    await act(async () => key(q('field-work[0].position')!, 'Enter'));
    const input = q('edit-work[0].position') as HTMLInputElement;
    expect(input.value).toBe('Engineer');
    await act(async () => type(input, 'Staff Engineer'));
    await act(async () => key(input, 'Enter'));
    expect(onSave).toHaveBeenCalledWith('work[0].position', 'Staff Engineer');
    expect(q('edit-work[0].position')).toBeNull();
  });

  it('cancels on Escape without saving', async () => {
    const onSave = vi.fn(async () => {});
    await act(async () => root.render(<Field path="basics.email" label="Email" value="a@b.c" onSave={onSave} />));
    await act(async () => q('field-basics.email')!.click());
    const input = q('edit-basics.email') as HTMLInputElement;
    await act(async () => type(input, 'changed'));
    await act(async () => key(input, 'Escape'));
    expect(onSave).not.toHaveBeenCalled();
    expect(q('field-basics.email')?.textContent).toBe('a@b.c');
  });

  it('keeps what was typed and shows main’s reason when a save is refused', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('That is not an email address.');
    });
    await act(async () => root.render(<Field path="basics.email" label="Email" value="" onSave={onSave} />));
    await act(async () => q('field-basics.email')!.click());
    const input = q('edit-basics.email') as HTMLInputElement;
    await act(async () => type(input, 'nope'));
    await act(async () => key(input, 'Enter'));
    expect((q('edit-basics.email') as HTMLInputElement).value).toBe('nope');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('That is not an email address.');
  });

  it('sends null when a value is cleared', async () => {
    const onSave = vi.fn(async () => {});
    await act(async () => root.render(<Field path="basics.phone" label="Phone" value="123" onSave={onSave} />));
    await act(async () => q('field-basics.phone')!.click());
    const input = q('edit-basics.phone') as HTMLInputElement;
    await act(async () => type(input, '   '));
    await act(async () => key(input, 'Enter'));
    expect(onSave).toHaveBeenCalledWith('basics.phone', null);
  });

  it('renders resume text as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.hacked=1">';
    await act(async () => root.render(<Field path="basics.name" label="Name" value={payload} onSave={async () => {}} />));
    expect(container.querySelector('img')).toBeNull();
    expect(q('field-basics.name')?.textContent).toBe(payload);
  });
});

describe('confidenceOf', () => {
  it('bands confidence and lets a correction win', () => {
    expect(confidenceOf({ confidence: 0.9, source: null }, false)).toBe('high');
    expect(confidenceOf({ confidence: 0.6, source: null }, false)).toBe('medium');
    expect(confidenceOf({ confidence: 0.2, source: null }, false)).toBe('low');
    expect(confidenceOf({ confidence: 0.2, source: null }, true)).toBe('corrected');
    expect(confidenceOf(undefined, false)).toBe('unknown');
  });
});
