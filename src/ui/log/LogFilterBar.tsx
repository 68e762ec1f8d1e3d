import { useEffect, useId, useRef, useState } from 'react';
import { type EventFilter, parseEventFilter } from '../../sim/analysis/event-filter';
import { useEventfoldStore } from '../../state/store';
import {
  draftOf,
  errorsByField,
  type FilterDraft,
  type FilterErrors,
  filterFields,
  filterKey,
} from './filter-draft';

/** Typing pauses this long before the filter is checked and applied (each change restarts a scan). */
const SETTLE_MS = 250;

/**
 * The filter row above the table. Once typing pauses, a valid filter is stored
 * (`eventLogFilter`, what the table and an export show); an invalid one is explained inline
 * and the last valid filter stays in force.
 */
export function LogFilterBar() {
  const stored = useEventfoldStore((state) => state.eventLogFilter);
  const setFilter = useEventfoldStore((state) => state.setEventLogFilter);
  const [draft, setDraft] = useState<FilterDraft>(() => draftOf(stored));
  const [errors, setErrors] = useState<FilterErrors>({});
  const applied = useRef<EventFilter>(stored);
  const errorId = useId();

  // A filter set elsewhere ("Filter to this flow") replaces what was typed.
  useEffect(() => {
    const ours = filterKey(stored) === filterKey(applied.current);
    applied.current = stored;
    if (!ours) {
      setDraft(draftOf(stored));
      setErrors({});
    }
  }, [stored]);

  useEffect(() => {
    const timer = setTimeout(() => {
      const parsed = parseEventFilter(draft);
      setErrors(errorsByField(parsed));
      if (!parsed.ok || filterKey(parsed.filter) === filterKey(applied.current)) return;
      applied.current = parsed.filter;
      setFilter(parsed.filter);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draft, setFilter]);

  const edit = (next: FilterDraft) => {
    setDraft(next);
    setErrors({});
  };
  const messages = Object.values(errors);
  return (
    <fieldset className="log-filters">
      <legend className="visually-hidden">Event log filters</legend>
      {filterFields.map(({ field, label, placeholder }) => (
        <label key={field} className="log-filters__field">
          <span className="visually-hidden">{label}</span>
          <input
            className="log-input"
            type="search"
            value={draft[field]}
            placeholder={placeholder}
            spellCheck={false}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={errors[field] ? errorId : undefined}
            onChange={(event) => edit({ ...draft, [field]: event.target.value })}
          />
        </label>
      ))}
      <button
        type="button"
        className="log-button"
        disabled={Object.values(draft).every((value) => value === '')}
        onClick={() => edit(draftOf({}))}
      >
        Clear filters
      </button>
      {messages.length > 0 && (
        <p id={errorId} className="log-error" role="alert">
          {messages.join(' · ')}
        </p>
      )}
    </fieldset>
  );
}
