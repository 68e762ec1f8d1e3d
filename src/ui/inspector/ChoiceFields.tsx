import type { ReactNode } from 'react';
import { LabelledField } from './LabelledField';
import { useFieldDescriptions } from './useFieldDescriptions';
import { useFieldDraft } from './useFieldDraft';

interface ChoiceProps<T> {
  label: string;
  value: T;
  hint?: ReactNode;
  /** Applies the value; returns why it was refused, or null. */
  onCommit: (value: T) => string | null;
}

/** A labelled select over fixed options. */
export function SelectField(props: ChoiceProps<string> & { options: readonly string[] }) {
  const { error, setError } = useFieldDraft(props.value);
  const { id, control, lines } = useFieldDescriptions(error, props.hint);
  return (
    <LabelledField id={id} label={props.label} lines={lines}>
      <select
        {...control}
        className="inspector-field__control"
        value={props.value}
        onChange={(event) => setError(props.onCommit(event.target.value))}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

/** A labelled checkbox. */
export function CheckboxField(props: ChoiceProps<boolean>) {
  const { error, setError } = useFieldDraft(String(props.value));
  const { id, control, lines } = useFieldDescriptions(error, props.hint);
  return (
    <div className="inspector-field inspector-field--inline">
      <input
        {...control}
        type="checkbox"
        checked={props.value}
        onChange={(event) => setError(props.onCommit(event.target.checked))}
      />
      <label className="inspector-field__label" htmlFor={id}>
        {props.label}
      </label>
      {lines}
    </div>
  );
}

/** A labelled text input that applies each valid edit and keeps invalid text on screen. */
export function TextField(props: ChoiceProps<string> & { maxLength?: number }) {
  const { draft, setDraft, error, setError } = useFieldDraft(props.value);
  const { id, control, lines } = useFieldDescriptions(error, props.hint);
  return (
    <LabelledField id={id} label={props.label} lines={lines}>
      <input
        {...control}
        className="inspector-field__control"
        type="text"
        value={draft}
        maxLength={props.maxLength}
        spellCheck={false}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(props.onCommit(event.target.value));
        }}
      />
    </LabelledField>
  );
}
