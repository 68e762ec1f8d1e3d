import type { ReactNode } from 'react';
import type { StoredEvent } from '../../core/messages/event';
import type { EventLogSource } from '../../state/log/event-log-source';

/** What a pane beside the log (event details, order history) reads from and answers to. */
export interface LogSidePaneInputs {
  readonly source: EventLogSource;
  /** The log's newest position: a pane re-reads as it moves. */
  readonly head: number;
  /** Selects another event in the log. */
  readonly onPick: (event: StoredEvent) => void;
  readonly onClose: () => void;
}

interface LogSidePaneProps {
  /** The pane's accessible name. */
  readonly label: string;
  readonly title: ReactNode;
  /** A short line beside the title (time, stream). */
  readonly meta: ReactNode;
  /** The close button's text, naming what it closes. */
  readonly closeLabel: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** A pane beside the log: a header with its title and a close button, then its content. */
export function LogSidePane({
  label,
  title,
  meta,
  closeLabel,
  onClose,
  children,
}: LogSidePaneProps) {
  return (
    <aside className="log-side" aria-label={label}>
      <header className="log-side__header">
        <h3 className="log-side__title">{title}</h3>
        <span className="log-side__meta">{meta}</span>
        <button type="button" className="log-button" onClick={onClose}>
          {closeLabel}
        </button>
      </header>
      {children}
    </aside>
  );
}
