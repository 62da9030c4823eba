// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate, useRoute } from './router';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe() {
  const route = useRoute();
  return <p>{JSON.stringify(route)}</p>;
}

const hashChange = () => new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));

describe('hash router', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('reads the hash at render time and follows changes', async () => {
    window.history.replaceState(null, '', '/#/settings');
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () => root.render(<Probe />));
    expect(container.textContent).toBe('{"name":"settings"}');

    await act(async () => {
      const changed = hashChange();
      navigate('/resumes/5');
      await changed;
    });
    expect(window.location.hash).toBe('#/resumes/5');
    expect(container.textContent).toBe('{"name":"resume","id":5}');
    act(() => root.unmount());
  });

  it('accepts paths with or without the hash sign', async () => {
    const first = hashChange();
    navigate('#/settings');
    await first;
    expect(window.location.hash).toBe('#/settings');
    const second = hashChange();
    navigate('resumes');
    await second;
    expect(window.location.hash).toBe('#/resumes');
  });
});
