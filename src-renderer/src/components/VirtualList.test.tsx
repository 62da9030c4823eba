// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VirtualList, visibleRange } from './VirtualList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('visibleRange', () => {
  it('covers the viewport plus the overscan, clamped to the list', () => {
    expect(visibleRange(0, 500, 50, 10_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(5000, 500, 50, 10_000, 5)).toEqual({ start: 95, end: 115 });
    expect(visibleRange(499_900, 500, 50, 10_000, 5)).toEqual({ start: 9993, end: 10_000 });
    expect(visibleRange(0, 500, 50, 3, 5)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(0, 500, 50, 0, 5)).toEqual({ start: 0, end: 0 });
  });
});

describe('VirtualList', () => {
  let container: HTMLDivElement;
  let root: Root;
  const items = Array.from({ length: 10_000 }, (_, i) => ({ id: i, name: `Job ${i}` }));

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const render = (props: Partial<Parameters<typeof VirtualList<{ id: number; name: string }>>[0]> = {}) =>
    act(async () =>
      root.render(
        <VirtualList
          items={items}
          rowHeight={50}
          defaultHeight={500}
          overscan={2}
          getKey={(item) => item.id}
          idBase="t"
          label="Test list"
          rowTestId="row"
          renderRow={(item) => <span>{item.name}</span>}
          {...props}
        />,
      ),
    );

  const rows = () => [...container.querySelectorAll('[data-testid="row"]')].map((r) => r.textContent);
  const list = () => container.querySelector<HTMLElement>('[role="listbox"]')!;
  const key = (k: string) => list().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

  it('renders only the rows in view out of 10,000', async () => {
    await render();
    expect(rows()).toHaveLength(12);
    expect(list().querySelector('.virtual-spacer')?.getAttribute('style')).toContain('height: 500000px');
    list().scrollTop = 250_000;
    await act(async () => list().dispatchEvent(new Event('scroll')));
    expect(rows()[0]).toBe('Job 4998');
    expect(rows()).toHaveLength(14);
  });

  it('moves with the arrow keys, opens with Enter and tells assistive tech which row is active', async () => {
    const onOpen = vi.fn();
    await render({ onOpen });
    await act(async () => key('ArrowDown'));
    await act(async () => key('ArrowDown'));
    expect(list().getAttribute('aria-activedescendant')).toBe('t-row-2');
    await act(async () => key('ArrowUp'));
    await act(async () => key('Enter'));
    expect(onOpen).toHaveBeenCalledWith(items[1]);
    await act(async () => key('End'));
    expect(list().getAttribute('aria-activedescendant')).toBe('t-row-9999');
    expect(rows()).toContain('Job 9999');
    expect(container.querySelector('#t-row-9999')?.getAttribute('aria-selected')).toBe('true');
  });

  it('passes other keys on the active row to the page, and asks for more at the end', async () => {
    const onRowKey = vi.fn(() => true);
    const onEndReached = vi.fn();
    await render({ onRowKey, onEndReached });
    await act(async () => key('s'));
    expect(onRowKey).toHaveBeenCalledWith(items[0], expect.anything());
    expect(onEndReached).not.toHaveBeenCalled();
    await act(async () => key('End'));
    expect(onEndReached).toHaveBeenCalled();
  });
});
