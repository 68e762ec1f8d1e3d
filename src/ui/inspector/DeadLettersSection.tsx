import { useState } from 'react';
import { useEventfoldStore } from '../../state/store';
import { useTransferStore } from '../../state/transfer/transfer-store';
import { parkedQueueView } from './parked-queue-view';
import { useParkedLetters } from './useParkedLetters';

/** Letters listed at most: the oldest, which a person redrives first; Redrive all takes all. */
export const MAX_LISTED_LETTERS = 50;

const seconds = (ms: number) => `t = ${(ms / 1000).toFixed(3)} s`;

/**
 * What a Dead Letter Queue holds and the way out: redrive a letter, or all, back to the subscriber
 * it failed in, after fixing what made it fail. The count is the engine's, the letters are folded
 * from the queue's stream in the log the page follows (see parkedQueueView). Payloads and errors are text.
 */
export function DeadLettersSection({ nodeId }: { nodeId: string }) {
  const { letters, error, through } = useParkedLetters(nodeId);
  const redrive = useEventfoldStore((state) => state.redriveDeadLetters);
  const imported = useTransferStore((state) => state.importedLog !== null);
  const engineHeld = useEventfoldStore((state) => state.metricsById[nodeId]?.extra.deadLetters);
  const [refusal, setRefusal] = useState<string | null>(null);
  const titleId = `${nodeId}-dead-letters-title`;
  const queue = parkedQueueView(letters, imported ? undefined : engineHeld, through);
  const count = queue.count;
  const listed = queue.listed;
  const act = (key: string | 'all') => setRefusal(redrive(nodeId, key));
  // Redrive acts on the run; an imported log is only read.
  const why = imported ? 'An imported log is shown: Run or Reset returns to the run first' : null;

  return (
    <section className="inspector-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="inspector-section__title">
        Parked messages
      </h3>
      <div className="dead-letters__bar">
        <p className="dead-letters__count" aria-live="polite">
          {`${count.toLocaleString('en')} parked`}
        </p>
        <button
          type="button"
          className="button"
          disabled={count === 0 || imported}
          title={why ?? 'Send every parked message back to the subscriber it failed in'}
          onClick={() => act('all')}
        >
          Redrive all
        </button>
      </div>
      {error && <p className="inspector__note">Could not read the queue: {error}</p>}
      {queue.trailing && <p className="inspector__note dead-letters__trailing">{queue.trailing}</p>}
      {refusal && (
        <p className="inspector__note" role="alert">
          {refusal}
        </p>
      )}
      {count === 0 && (
        <p className="inspector__note">
          Deliveries that fail every retry are parked here. Fix the consumer, then redrive them.
        </p>
      )}
      {listed.length > 0 && (
        <ol className="dead-letters" aria-label="Parked messages, oldest first">
          {listed.slice(0, MAX_LISTED_LETTERS).map((letter) => (
            <li key={letter.key} className="dead-letter">
              <div className="dead-letter__head">
                <span className="dead-letter__type">{letter.eventType}</span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={imported || letter.busId === ''}
                  title={
                    why ??
                    (letter.busId === ''
                      ? 'It came through a direct connection, not a bus: there is nothing to redrive it through'
                      : `Send it back to ${letter.subscriberId}`)
                  }
                  aria-label={`Redrive ${letter.eventType} ${letter.eventId}`}
                  onClick={() => act(letter.key)}
                >
                  Redrive
                </button>
              </div>
              <dl className="dead-letter__facts">
                <dt>Failed in</dt>
                <dd>{letter.subscriberId}</dd>
                <dt>Attempts</dt>
                <dd>{letter.attempts}</dd>
                <dt>Last error</dt>
                <dd>{letter.lastError || '(none given)'}</dd>
                <dt>Parked</dt>
                <dd>{seconds(letter.parkedAt)}</dd>
                <dt>Event</dt>
                <dd className="dead-letter__id">{letter.eventId}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
      {listed.length > MAX_LISTED_LETTERS && (
        <p className="inspector__note">
          Showing the oldest {MAX_LISTED_LETTERS} of {listed.length.toLocaleString('en')}; Redrive
          all takes every one.
        </p>
      )}
    </section>
  );
}
