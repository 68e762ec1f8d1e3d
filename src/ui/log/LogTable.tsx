import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import type { EventLogView, EventLogViewState } from '../../state/log/event-log-view';
import { LogRow } from './LogRow';
import { LOG_HEADER_HEIGHT, LOG_ROW_HEIGHT, logColumns } from './log-columns';
import { rowIndexForKey } from './log-keys';
import { useFollowHead } from './useFollowHead';
import { useRowRequests } from './useRowRequests';

interface LogTableProps {
  readonly view: EventLogView;
  readonly state: EventLogViewState;
  readonly selectedPosition: number | null;
  /** Events selected along with it, by id (a warning's other events); drawn as selected too. */
  readonly alsoSelectedIds: ReadonlySet<string>;
  /** Keyboard moves: the selection changes (the details follow it when open). */
  readonly onSelect: (position: number) => void;
  /** A click on a row: select it and open its details. */
  readonly onPick: (position: number) => void;
  readonly onOpen: () => void;
  readonly onClose: () => void;
  /** Bumped when the selection was made elsewhere (causation tree, warning, time travel): scroll to it. */
  readonly revealSeq: number;
}

/**
 * The stored log as a virtualised grid: only the visible rows (plus a few) exist in the DOM, and
 * only their pages are read. Keyboard: Up/Down/PageUp/PageDown/Home/End move the selection,
 * Enter opens it, Escape closes the details.
 */
export function LogTable(props: LogTableProps) {
  const { view, state, selectedPosition, alsoSelectedIds, revealSeq } = props;
  const { onSelect, onPick, onOpen, onClose } = props;
  const scrollRef = useRef<HTMLTableElement>(null);
  const idPrefix = useId();
  const virtualizer = useVirtualizer({
    count: state.rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LOG_ROW_HEIGHT,
    // The sticky header row sits above the first row inside the scroller.
    scrollMargin: LOG_HEADER_HEIGHT,
    scrollPaddingStart: LOG_HEADER_HEIGHT,
    overscan: 4,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  // Also when the head moves: the last page may have been short.
  useRowRequests(view, first, last, state.head);

  const tail = useFollowHead(scrollRef, state.rowCount);
  // Scrolled away from the newest row: a strip under the grid offers the way back. Not while the
  // newest row is still in view (a click on it stops following, and the strip would take the
  // place of the row between the press and the release).
  const newestInView = (virtualizer.range?.endIndex ?? -1) >= state.rowCount - 1;
  const behind = !tail.following && state.rowCount > 0 && !newestInView;

  const selectedIndex = selectedPosition === null ? -1 : view.rowIndexOf(selectedPosition);
  // Also once the row exists: an event selected from elsewhere may not be stored yet.
  const selectedRowExists = selectedIndex >= 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls only when asked to reveal.
  useEffect(() => {
    if (revealSeq > 0 && selectedIndex >= 0) {
      // Following the newest rows would pull the view straight back to the end.
      tail.stopFollowing();
      virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
    }
  }, [revealSeq, selectedRowExists]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.key === 'Enter' && selectedPosition !== null) onOpen();
    else if (event.key === 'Escape') onClose();
    else {
      const next = rowIndexForKey(event.key, selectedIndex, state.rowCount, items.length);
      if (next === null) return;
      const position = view.positionAt(next);
      if (position === undefined) return;
      if (next < selectedIndex || selectedIndex < 0) tail.stopFollowing();
      onSelect(position);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    }
    event.preventDefault();
  };

  const paddingTop = (items[0]?.start ?? LOG_HEADER_HEIGHT) - LOG_HEADER_HEIGHT;
  const rowId = (position: number) => `${idPrefix}-row-${position}`;
  const activeRow = selectedIndex >= 0 && selectedIndex >= first && selectedIndex <= last;
  return (
    <div className={behind ? 'log-table-frame log-table-frame--behind' : 'log-table-frame'}>
      <table
        ref={scrollRef}
        className="log-table"
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows role=grid on a table; the grid pattern gives rows keyboard selection.
        role="grid"
        aria-label="Stored events"
        aria-rowcount={state.rowCount + 1}
        aria-multiselectable={alsoSelectedIds.size > 0 || undefined}
        aria-activedescendant={activeRow && selectedPosition ? rowId(selectedPosition) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={tail.onScroll}
        onWheel={tail.onWheel}
        onPointerDown={tail.onPointerDown}
      >
        <thead className="log-table__head">
          <tr aria-rowindex={1} className="log-row log-row--header">
            {logColumns.map((column) => (
              <th key={column} scope="col" className="log-cell">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody
          className="log-table__body"
          // Rows stay in normal flow below this padding: placing each row absolutely at a large
          // offset made Chromium's style recalc ~15 ms a frame while scrolling (bench).
          style={{ height: virtualizer.getTotalSize() - LOG_HEADER_HEIGHT, paddingTop }}
        >
          {items.map((item) => {
            const position = view.positionAt(item.index);
            if (position === undefined) return null;
            const event = view.eventAt(item.index);
            return (
              <LogRow
                key={item.index % items.length}
                id={rowId(position)}
                index={item.index}
                position={position}
                event={event}
                selected={
                  position === selectedPosition ||
                  (event !== undefined && alsoSelectedIds.has(event.id))
                }
                onPick={onPick}
              />
            );
          })}
        </tbody>
      </table>
      {behind && (
        <button type="button" className="log-button log-table__follow" onClick={tail.follow}>
          Jump to newest
        </button>
      )}
    </div>
  );
}
