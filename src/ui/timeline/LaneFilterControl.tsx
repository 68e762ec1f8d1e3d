import { useId } from 'react';
import type { LaneFilter } from '../../sim/analysis/saga-timeline';

const filters: readonly { id: LaneFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'failed', label: 'Failed' },
  { id: 'compensating', label: 'Compensating' },
  { id: 'compensated', label: 'Compensated' },
  { id: 'stuck', label: 'Stuck' },
];

interface LaneFilterControlProps {
  value: LaneFilter;
  counts: Readonly<Record<LaneFilter, number>>;
  onChange: (filter: LaneFilter) => void;
}

/** A segmented control (native radios) choosing which saga lanes show, each with its count. */
export function LaneFilterControl({ value, counts, onChange }: LaneFilterControlProps) {
  const name = useId();
  return (
    <fieldset className="lane-filter">
      <legend className="visually-hidden">Show sagas</legend>
      {filters.map((filter) => (
        <label
          key={filter.id}
          className={`lane-filter__option lane-filter__option--${filter.id}`}
          data-checked={filter.id === value}
        >
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            value={filter.id}
            checked={filter.id === value}
            onChange={() => onChange(filter.id)}
          />
          {filter.label} <span className="lane-filter__count">{counts[filter.id]}</span>
        </label>
      ))}
    </fieldset>
  );
}
