import { useState } from 'react';

/**
 * The text a field shows while someone edits it, and the error of the last edit. Invalid text is
 * kept on screen (never applied); when the applied value changes from elsewhere (undo, another
 * control) the draft and the error follow it.
 */
export function useFieldDraft(applied: string) {
  const [draft, setDraft] = useState(applied);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(applied);
  if (applied !== seen) {
    // React's "adjust state while rendering" pattern: no effect, no flash of the stale text.
    setSeen(applied);
    setDraft(applied);
    setError(null);
  }
  return { draft, setDraft, error, setError };
}
