import type { ReactNode } from 'react';
import { LabelledField } from './LabelledField';
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
  const { id, control, lines } = useFieldDescriptions(error, hint);

  const onChange = (text: string) => {
    setDraft(text);
    const parsed = parseNumber(text, allowEmpty);
    setError(typeof parsed === 'string' ? parsed : props.onCommit(parsed));
  };

  return (
    <LabelledField id={id} label={label} lines={lines}>
      <input
        {...control}
        className="inspector-field__control"
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        value={draft}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </LabelledField>
  );
}

/** The number typed, null for an allowed empty field, or what is wrong with the text. */
function parseNumber(text: string, allowEmpty: boolean): number | null | string {
  const trimmed = text.trim();
  if (trimmed === '') return allowEmpty ? null : 'Enter a number';
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 'Enter a number';
}
