import { useState } from 'react';
import type { StoredEvent } from '../../core/messages/event';
import { CausationSection } from './CausationSection';
import { FlowActions } from './FlowActions';
import { JsonBlock } from './JsonBlock';
import { LogSidePane, type LogSidePaneInputs } from './LogSidePane';
import { envelopeOf, formatSeconds } from './log-format';
import { StreamNavigation } from './StreamNavigation';
import { useEventContext } from './useEventContext';
import { useThrottled } from './useThrottled';

/** The flow shown in the details is re-read at most this often while the log grows. */
const HEAD_REFRESH_MS = 500;

interface EventDetailProps extends LogSidePaneInputs {
  readonly event: StoredEvent;
}

/** One stored event: where it sits in its stream and flow, its envelope and its payload. */
export function EventDetail({ source, event, head, onPick, onClose }: EventDetailProps) {
  const context = useEventContext(source, event, useThrottled(head, HEAD_REFRESH_MS));
  const [wholeFlow, setWholeFlow] = useState(false);
  const ready = context.status === 'ready' ? context.value : null;
  return (
    <LogSidePane
      label="Event details"
      title={`#${event.position} ${event.type}`}
      meta={`t = ${formatSeconds(event.time)} s`}
      closeLabel="Close details"
      onClose={onClose}
    >
      <div className="log-detail__toolbar">
        <StreamNavigation event={event} stream={ready?.stream ?? null} onPick={onPick} />
        <FlowActions
          event={event}
          flow={ready?.flow ?? null}
          wholeFlow={wholeFlow}
          onToggleWholeFlow={() => setWholeFlow((shown) => !shown)}
        />
      </div>
      {context.status === 'failed' && (
        <p className="log-error" role="alert">
          Could not read this event's stream and flow: {context.message}
        </p>
      )}
      {ready ? (
        <CausationSection event={event} flow={ready.flow} wholeFlow={wholeFlow} onPick={onPick} />
      ) : (
        context.status === 'loading' && <p className="log-detail__note">Reading its flow…</p>
      )}
      <JsonBlock title="Envelope" value={envelopeOf(event)} />
      <JsonBlock title="Payload" value={event.data} />
    </LogSidePane>
  );
}
