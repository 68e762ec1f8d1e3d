import { useState } from 'react';
import { useEventfoldStore } from '../../state/store';
import { NumberField } from './NumberField';
import { requireNumber } from './number-rule';

const defaultOutageSeconds = 30;

/** A timed outage: the component goes down now and comes back by itself after the duration. */
export function OutageControl({ nodeId }: { nodeId: string }) {
  const injectTimedFault = useEventfoldStore((state) => state.injectTimedFault);
  // A refused duration leaves the last valid one in effect, and the field says which.
  const [seconds, setSeconds] = useState(defaultOutageSeconds);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const start = () => {
    const problem = injectTimedFault(nodeId, 'down', true, seconds * 1000);
    setOutcome(
      problem
        ? { ok: false, text: problem }
        : { ok: true, text: `Outage started: down for ${seconds} s of virtual time` },
    );
  };

  return (
    <div className="inspector-outage">
      <NumberField
        label="Outage duration (s)"
        value={seconds}
        min={0}
        onCommit={requireNumber((value) => {
          if (value <= 0) return 'Must be above 0';
          setSeconds(value);
          return null;
        })}
      />
      <button type="button" className="button" onClick={start}>
        Start outage
      </button>
      <p
        // A polite live region without role="status": that role names the status bar alone.
        aria-live="polite"
        className={outcome?.ok === false ? 'inspector-field__error' : 'inspector-field__hint'}
      >
        {outcome?.text}
      </p>
    </div>
  );
}
