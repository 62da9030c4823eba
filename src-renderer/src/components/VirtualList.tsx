/**
 * A windowed list with fixed-height rows (PERFORMANCE.md: lists are virtualized above a few
 * hundred rows). Only the rows in view, plus a few either side, are in the DOM, so scrolling
 * 10,000 jobs costs the same as scrolling 20.
 *
 * Keyboard: the list is one tab stop (a listbox); Up/Down, Page Up/Down and Home/End move the
 * active row, Enter opens it. `onRowKey` lets the page add row shortcuts (e.g. "s" to save).
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Range {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Which rows to render for a scroll position. Pure, so it is tested without a DOM. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan: number): Range {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewport)) / rowHeight);
  return { start: Math.max(0, Math.min(count - 1, first - overscan)), end: Math.min(count, last + overscan) };
}

interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  getKey: (item: T) => string | number;
  renderRow: (item: T, state: { index: number; active: boolean }) => ReactNode;
  label: string;
  /** Prefix for row element ids (aria-activedescendant). */
  idBase: string;
  onOpen?: (item: T) => void;
  /** Extra keys on the active row; return true when handled. */
  onRowKey?: (item: T, event: KeyboardEvent<HTMLDivElement>) => boolean;
  /** Called when the last rows come into view (to fetch the next page). */
  onEndReached?: () => void;
  /** Viewport height before it is measured (and where layout is not available). */
  defaultHeight?: number;
  overscan?: number;
  rowTestId?: string;
  className?: string;
}

export function VirtualList<T>({
  items,
  rowHeight,
  getKey,
  renderRow,
  label,
  idBase,
  onOpen,
  onRowKey,
  onEndReached,
  defaultHeight = 600,
  overscan = 6,
  rowTestId,
  className,
}: VirtualListProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(defaultHeight);
  const [active, setActive] = useState(0);
  const count = items.length;
  const current = Math.max(0, Math.min(active, count - 1));

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || defaultHeight);
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [defaultHeight]);

  const { start, end } = visibleRange(scrollTop, viewport, rowHeight, count, overscan);

  const endReached = count > 0 && end >= count - Math.max(3, overscan);
  useEffect(() => {
    if (endReached) onEndReached?.();
  }, [endReached, count, onEndReached]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    const el = ref.current;
    if (!el) return;
    const top = next * rowHeight;
    const height = el.clientHeight || viewport;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
    setScrollTop(el.scrollTop);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!count || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && onOpen) {
      event.preventDefault();
      onOpen(items[current]!);
    } else if (onRowKey?.(items[current]!, event)) {
      event.preventDefault();
    }
  };

  const rows: ReactNode[] = [];
  for (let index = start; index < end; index++) {
    const item = items[index]!;
    const isActive = index === current;
    rows.push(
      <div
        key={getKey(item)}
        id={`${idBase}-row-${index}`}
        role="option"
        aria-selected={isActive}
        aria-posinset={index + 1}
        aria-setsize={count}
        className={isActive ? 'virtual-row active' : 'virtual-row'}
        style={{ height: rowHeight, transform: `translateY(${index * rowHeight}px)` }}
        data-testid={rowTestId}
        onMouseDown={() => setActive(index)}
        onClick={() => onOpen?.(item)}
      >
        {renderRow(item, { index, active: isActive })}
      </div>,
    );
  }

  return (
    <div
      ref={ref}
      className={className ? `virtual-list ${className}` : 'virtual-list'}
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={count ? `${idBase}-row-${current}` : undefined}
      style={{ height: count * rowHeight + 2 }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div className="virtual-spacer" style={{ height: count * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
