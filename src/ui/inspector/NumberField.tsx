import type { ReactNode } from 'react';
import { LabelledField } from './LabelledField';
import { checkNumber, type NumberRule, withUnit } from './number-rule';
import { useFieldDescriptions } from './useFieldDescriptions';
import { useFieldDraft } from './useFieldDraft';

interface NumberFieldProps extends NumberRule {
  label: string;
  /** The applied value, in the field's unit; null shows an empty field (no override). */
  value: number | null;
  disabled?: boolean;
  /** Shown under the field (a unit, a reason it is disabled, "applies after Reset"). */
  hint?: ReactNode;
  /** Applies a number that passed the field's own rule; returns why it was refused, or null. */
  onCommit: (value: number | null) => string | null;
}

/**
 * A labelled number input that applies each valid edit. Text that is not a valid value is kept
 * on screen, marked invalid, and never applied: the error says why, in the field's unit, and
 * which value is still in effect (issue #22: "2.5" in Users must not look applied).
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, min, max, integer = false, disabled, hint, unit } = props;
  const { draft, setDraft, error, setError } = useFieldDraft(value === null ? '' : String(value));
  const refusal = error && `${error}; not applied: still ${inEffect(value, unit)}`;
  const { id, control, lines } = useFieldDescriptions(refusal, hint);

  const onChange = (text: string) => {
    setDraft(text);
    const checked = checkNumber(text, props);
    setError(checked.problem === null ? props.onCommit(checked.value) : checked.problem);
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

/** The applied value as the refusal names it ("2", "15 %", or "empty" for no override). */
function inEffect(value: number | null, unit: string | undefined): string {
  return value === null ? 'empty' : withUnit(value, unit);
}
