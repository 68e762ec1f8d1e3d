import { type ReactNode, useId } from 'react';

/** The error and hint lines under a field, and the props that tie its control to label and lines. */
export function useFieldDescriptions(error: string | null, hint: ReactNode) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ');
  const lines = (
    <>
      {error && (
        <span id={`${id}-error`} className="inspector-field__error">
          {error}
        </span>
      )}
      {hint && (
        <span id={`${id}-hint`} className="inspector-field__hint">
          {hint}
        </span>
      )}
    </>
  );
  // Spread on the control: the label names it by its id, it reads as invalid while refused, and
  // its description is the lines.
  const control = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
  return { id, control, lines };
}
