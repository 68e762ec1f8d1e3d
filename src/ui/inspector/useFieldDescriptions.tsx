import { type ReactNode, useId } from 'react';

/** The error and hint lines under a field, and the ids that describe the control by them. */
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
  return { id, describedBy: describedBy || undefined, lines };
}
