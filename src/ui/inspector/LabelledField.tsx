import type { ReactNode } from 'react';

interface LabelledFieldProps {
  /** The control's id, which the label names. */
  readonly id: string;
  readonly label: string;
  /** The control itself (input or select), drawn between the label and the lines. */
  readonly children: ReactNode;
  /** The error and hint lines under the control (useFieldDescriptions). */
  readonly lines: ReactNode;
}

/** The inspector's field layout: the label above its control, the error and hint lines below. */
export function LabelledField({ id, label, children, lines }: LabelledFieldProps) {
  return (
    <div className="inspector-field">
      <label className="inspector-field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {lines}
    </div>
  );
}
