import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { StoredEvent } from '../../core/messages/event';
import type { EventLogSource } from '../../state/log/event-log-source';
import { useEventfoldStore } from '../../state/store';
import { EmptyState } from '../shared/EmptyState';
import { LiveNotTravelledNotice } from '../timetravel/LiveNotTravelledNotice';
import { LogFilterBar } from './LogFilterBar';
import { LogStatusLine } from './LogStatusLine';
import { LogTable } from './LogTable';
import { OrderAuditForm } from './OrderAuditForm';
import { useEventLogView } from './useEventLogView';
import { useSelectedEvent } from './useSelectedEvent';

// The side panes (an event's details with its causation tree, an order's history) load when
// first opened: the log itself is in the start-up bundle, they are not needed to show it.
const EventDetail = lazy(() =>
  import('./EventDetail').then((module) => ({ default: module.EventDetail })),
);
const OrderAuditPane = lazy(() =>
  import('./OrderAuditPane').then((module) => ({ default: module.OrderAuditPane })),
);

function SideLoading({ label }: { label: string }) {
  return (
    <aside className="log-side" aria-label={`Loading ${label}`} aria-busy="true">
      <p className="tab-panel__loading">Loading {label}…</p>
    </aside>
  );
}

interface EventLogWorkspaceProps {
  readonly source: EventLogSource;
  readonly emptyTitle: string;
  readonly emptyHint: string;
}

/** What the side pane shows: the selected event's details or an order's history. */
type SidePane = { readonly kind: 'event' } | { readonly kind: 'audit'; readonly orderId: string };

interface Selection {
  readonly position: number;
  /** The event itself when the selection came with it (tree, audit, stream neighbours). */
  readonly event: StoredEvent | null;
  /** Further events selected with it, by id (a warning's events); empty for a plain pick. */
  readonly alsoIds: ReadonlySet<string>;
}

const noOthers: ReadonlySet<string> = new Set();

/** Filters and order lookup on top, the virtualised log below, details beside it. */
export function EventLogWorkspace({ source, emptyTitle, emptyHint }: EventLogWorkspaceProps) {
  const filter = useEventfoldStore((state) => state.eventLogFilter);
  const runId = useEventfoldStore((state) => state.runId);
  const { view, state } = useEventLogView(source, filter, runId);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [side, setSide] = useState<SidePane | null>(null);
  const [revealSeq, setRevealSeq] = useState(0);
  const focus = useEventfoldStore((state) => state.eventLogFocus);
  const takeFocus = useEventfoldStore((state) => state.takeEventLogFocus);
  const position = selection?.position ?? null;
  const selected = useSelectedEvent(view, source, position, selection?.event ?? null);

  // A new run (or an imported log) has other events at the same positions: drop the old pick.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the run or the log changes.
  useEffect(() => {
    setSelection(null);
    setSide(null);
  }, [runId, source]);

  // Opened from a warning: select its events, open the revealing one and scroll to it.
  useEffect(() => {
    if (!focus) return;
    setSelection({ position: focus.position, event: null, alsoIds: new Set(focus.eventIds) });
    setSide({ kind: 'event' });
    setRevealSeq((seq) => seq + 1);
    takeFocus();
  }, [focus, takeFocus]);

  const select = useCallback(
    (at: number) => setSelection({ position: at, event: null, alsoIds: noOthers }),
    [],
  );
  const pickRow = useCallback((at: number) => {
    setSelection({ position: at, event: null, alsoIds: noOthers });
    setSide({ kind: 'event' });
  }, []);
  const pickEvent = useCallback((event: StoredEvent) => {
    setSelection({ position: event.position, event, alsoIds: noOthers });
    setSide({ kind: 'event' });
    setRevealSeq((seq) => seq + 1);
  }, []);
  const close = useCallback(() => setSide(null), []);

  return (
    <div className="event-log">
      <div className="event-log__toolbar">
        <LogFilterBar />
        <OrderAuditForm onShow={(orderId) => setSide({ kind: 'audit', orderId })} />
        <LogStatusLine state={state} />
      </div>
      <LiveNotTravelledNotice panel="log" />
      <div className="event-log__body">
        {state.head === 0 ? (
          <EmptyState title={emptyTitle} hint={emptyHint} />
        ) : (
          <LogTable
            view={view}
            state={state}
            selectedPosition={position}
            alsoSelectedIds={selection?.alsoIds ?? noOthers}
            onSelect={select}
            onPick={pickRow}
            onOpen={() => setSide({ kind: 'event' })}
            onClose={close}
            revealSeq={revealSeq}
          />
        )}
        {side?.kind === 'event' && selected && (
          <Suspense fallback={<SideLoading label="event details" />}>
            <EventDetail
              source={source}
              event={selected}
              head={state.head}
              onPick={pickEvent}
              onClose={close}
            />
          </Suspense>
        )}
        {side?.kind === 'audit' && (
          <Suspense fallback={<SideLoading label="order history" />}>
            <OrderAuditPane
              source={source}
              orderId={side.orderId}
              head={state.head}
              onPick={pickEvent}
              onClose={close}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
