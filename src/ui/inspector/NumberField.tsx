import type { ReactNode } from 'react';
import { useFieldDescriptions } from './useFieldDescriptions';
import { useFieldDraft } from './useFieldDraft';

interface NumberFieldProps {
  label: string;
  /** The applied value; null shows an empty field (no override). */
  value: number | null;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Empty text means "no value" (null) instead of an error. */
  allowEmpty?: boolean;
  disabled?: boolean;
  /** Shown under the field (a unit, a reason it is disabled, "applies after Reset"). */
  hint?: ReactNode;
  /** Applies a valid number; returns why it was refused, or null. */
  onCommit: (value: number | null) => string | null;
}

/** A labelled number input that applies each valid edit and shows a refusal inline. */
export function NumberField(props: NumberFieldProps) {
  const { label, value, min, max, integer = false, allowEmpty = false, disabled, hint } = props;
  const { draft, setDraft, error, setError } = useFieldDraft(value === null ? '' : String(value));
  const { id, describedBy, lines } = useFieldDescriptions(error, hint);

  const onChange = (text: string) => {
    setDraft(text);
    const parsed = parseNumber(text, allowEmpty);
    setError(typeof parsed === 'string' ? parsed : props.onCommit(parsed));
  };

  return (
    <div className="inspector-field">
      <label className="inspector-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="inspector-field__control"
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        value={draft}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {lines}
    </div>
  );
}

/** The number typed, null for an allowed empty field, or what is wrong with the text. */
function parseNumber(text: string, allowEmpty: boolean): number | null | string {
  const trimmed = text.trim();
  if (trimmed === '') return allowEmpty ? null : 'Enter a number';
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 'Enter a number';
}
