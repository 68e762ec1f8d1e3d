import './status-bar.css';
import type { ReactNode } from 'react';
import { selectEventCount, selectRunStatus, selectVirtualTimeMs } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { useTransferStore } from '../../state/transfer/transfer-store';
import {
  formatDurable,
  formatEventCount,
  formatEventRate,
  formatHeldBySaving,
  formatHeldByScreen,
  formatSteps,
  formatVirtualTime,
  runStatusLabel,
} from './status-format';

/**
 * The bottom status line: run status, virtual time, the event count, rate and durability. The
 * spaces between items keep its text readable as one line ("Running t = 1.000 s 42 events ...").
 */
export function StatusBar() {
  const status = useEventfoldStore(selectRunStatus);
  const virtualTimeMs = useEventfoldStore(selectVirtualTimeMs);
  const eventCount = useEventfoldStore(selectEventCount);
  const steps = useEventfoldStore((state) => state.steps);
  const pending = useEventfoldStore((state) => state.pending);
  const eventsPerSecond = useEventfoldStore((state) => state.eventsPerSecond);
  const durablePosition = useEventfoldStore((state) => state.durablePosition);
  const heldBySaving = useEventfoldStore(
    (state) => state.heldBySaving && state.status === 'running',
  );
  const heldByScreen = useEventfoldStore(
    (state) => state.heldByScreen && !state.heldBySaving && state.status === 'running',
  );
  const imported = useTransferStore((state) => state.importedLog);
  return (
    <footer role="status" aria-label="Simulation status" className="status-bar">
      <span className="status-bar__item">
        <span className={`status-bar__dot status-bar__dot--${status}`} aria-hidden="true" />
        {runStatusLabel(status, pending)}
      </span>{' '}
      <StatusNumber title="Virtual (simulated) time">
        {formatVirtualTime(virtualTimeMs)}
      </StatusNumber>{' '}
      <StatusNumber title="Events the engine has made in this run (saving follows behind)">
        {formatEventCount(eventCount)}
      </StatusNumber>{' '}
      <StatusNumber title="Scheduler steps run">{formatSteps(steps)}</StatusNumber>{' '}
      <StatusNumber title="Events per wall-clock second">
        {formatEventRate(eventsPerSecond)}
      </StatusNumber>{' '}
      {heldBySaving && (
        <HeldBack title="The engine runs only a bounded window ahead of what is saved in this browser: saving, not the speed you chose, sets the pace now">
          {formatHeldBySaving(eventsPerSecond)}
        </HeldBack>
      )}{' '}
      {heldByScreen && (
        <HeldBack title="The engine runs only a bounded window ahead of what this page has drawn: the page, not the speed you chose, sets the pace now">
          {formatHeldByScreen(eventsPerSecond)}
        </HeldBack>
      )}{' '}
      {imported && (
        <span
          className="status-bar__item status-bar__imported"
          title={`The panels show the imported log from ${imported.fileName}, not the run's`}
        >
          Imported log: {imported.events.toLocaleString('en')} events shown
        </span>
      )}{' '}
      <span
        className="status-bar__item status-bar__number status-bar__end"
        title="Events stored durably in this browser / events in the run"
      >
        {formatDurable(durablePosition, eventCount)}
      </span>
    </footer>
  );
}

interface StatusItemProps {
  /** What the item means, which its figure alone does not say. */
  readonly title: string;
  readonly children: ReactNode;
}

/** A figure of the run (time, events, steps, rate), in tabular digits. */
function StatusNumber({ title, children }: StatusItemProps) {
  return (
    <span className="status-bar__item status-bar__number" title={title}>
      {children}
    </span>
  );
}

/** Why the engine runs slower than the chosen speed: what holds it back, in the title. */
function HeldBack({ title, children }: StatusItemProps) {
  return (
    <span className="status-bar__item status-bar__held" title={title}>
      {children}
    </span>
  );
}
