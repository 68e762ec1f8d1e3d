import { useEffect, useState } from 'react';
import { maxSeed } from '../../state/run/run-slice';
import { selectSeed } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { ToolbarField } from './ToolbarField';

/** Parses a seed typed by a person: an integer from 0 to maxSeed, or null for anything else. */
export function parseSeed(text: string): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const seed = Number(text.trim());
  return Number.isSafeInteger(seed) && seed <= maxSeed ? seed : null;
}

/**
 * The "Seed" input. It keeps a local draft so a person can clear the field while typing; only
 * valid seeds reach the store (each one resets the run), and leaving the field restores the
 * current seed.
 */
export function SeedInput() {
  const seed = useEventfoldStore(selectSeed);
  const setSeed = useEventfoldStore((state) => state.setSeed);
  const [draft, setDraft] = useState(String(seed));

  useEffect(() => setDraft(String(seed)), [seed]);

  const invalid = parseSeed(draft) === null;

  return (
    <ToolbarField label="Seed">
      <input
        className="field__control field__control--seed"
        type="number"
        inputMode="numeric"
        min={0}
        max={maxSeed}
        step={1}
        value={draft}
        aria-invalid={invalid}
        onChange={(event) => {
          setDraft(event.target.value);
          const parsed = parseSeed(event.target.value);
          if (parsed !== null) setSeed(parsed);
        }}
        onBlur={() => setDraft(String(seed))}
      />
    </ToolbarField>
  );
}
