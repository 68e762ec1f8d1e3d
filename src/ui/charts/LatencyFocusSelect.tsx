import { useId } from 'react';
import type { LatencyFocus } from './operations-rows';

interface LatencyFocusSelectProps {
  focus: LatencyFocus;
  onChange: (focus: LatencyFocus) => void;
  /** The components to offer, in the order of the latest sample. */
  ids: readonly string[];
  names: ReadonlyMap<string, string>;
}

/** Which component the latency chart follows: the slowest at each moment, or one by name. */
export function LatencyFocusSelect({ focus, onChange, ids, names }: LatencyFocusSelectProps) {
  const selectId = useId();
  return (
    <span className="chart-card__control">
      <label htmlFor={selectId}>Latency of</label>
      <select id={selectId} value={focus} onChange={(event) => onChange(event.target.value)}>
        <option value="slowest">Slowest component</option>
        {ids.map((id) => (
          <option key={id} value={id}>
            {names.get(id) ?? id}
          </option>
        ))}
      </select>
    </span>
  );
}
