import { type DependencyList, useEffect, useState } from 'react';

/** A read from the stored log as a pane shows it: under way, its answer, or why it failed. */
export type LogReadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Reads from the log source, again whenever `deps` change (a moving head among them: what is
 * read may still grow). The previous answer stays on screen while the next one is read, and an
 * answer that comes back after a newer read started, or after unmount, is dropped. With a
 * `subject`, a different subject starts again from loading: never show one's answer as another's.
 */
export function useLogRead<T>(
  read: () => Promise<T>,
  deps: DependencyList,
  subject?: string,
): LogReadState<T> {
  const [state, setState] = useState<LogReadState<T>>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    read().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) =>
        current &&
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps say when `read` reads anew.
  }, deps);

  const [shownFor, setShownFor] = useState(subject);
  if (shownFor !== subject) {
    setShownFor(subject);
    setState({ status: 'loading' });
  }
  return state;
}
