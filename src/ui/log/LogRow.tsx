import { memo } from 'react';
import type { StoredEvent } from '../../core/messages/event';
import { formatSeconds } from './log-format';

interface LogRowProps {
  readonly id: string;
  readonly index: number;
  readonly position: number;
  /** Undefined while its page is being read. */
  readonly event: StoredEvent | undefined;
  readonly selected: boolean;
  readonly onPick: (position: number) => void;
}

/** One stored event as a grid row; re-renders only when its own event or selection changes. */
export const LogRow = memo(function LogRow({
  id,
  index,
  position,
  event,
  selected,
  onPick,
}: LogRowProps) {
  return (
    <tr
      id={id}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`log-row${selected ? ' log-row--selected' : ''}`}
      onClick={() => onPick(position)}
    >
      <td className="log-cell log-cell--number">{position}</td>
      {event ? (
        <>
          <td className="log-cell log-cell--number">{formatSeconds(event.time)}</td>
          <TextCell className="log-cell log-cell--type" text={event.type} />
          <TextCell className="log-cell" text={event.streamId} />
          <TextCell className="log-cell" text={event.source} />
          <TextCell className="log-cell log-cell--mono" text={event.correlationId} />
        </>
      ) : (
        <td className="log-cell log-cell--loading">loading…</td>
      )}
    </tr>
  );
});

/** A cell of text that may be cut off by the column's width: its title holds it whole. */
function TextCell({ className, text }: { className: string; text: string }) {
  return (
    <td className={className} title={text}>
      {text}
    </td>
  );
}
