import { useEffect, useState } from 'react';
import type { HostSnapshot } from '../../sim/host/engine-host';
import { useEventfoldStore } from '../../state/store';

type DeferredByComponent = ReadonlyMap<string, readonly string[]>;

const none: DeferredByComponent = new Map();

/**
 * Which settings of which component wait for Reset. A snapshot's `deferredSettings` answer the
 * last reconfiguration in its journal, so they are filed under that command's component; a new
 * run (load or reset) applies them all and clears the list.
 */
export function useDeferredSettings(): DeferredByComponent {
  const engine = useEventfoldStore((state) => state.engine);
  const [deferred, setDeferred] = useState<DeferredByComponent>(none);

  useEffect(() => {
    setDeferred(none);
    if (!engine) return;
    let runId: number | null = null;
    let journalLength = -1;
    return engine.subscribe((snapshot) => {
      if (snapshot.runId !== runId) {
        runId = snapshot.runId;
        journalLength = -1;
        setDeferred(none);
      }
      if (snapshot.journal.length === journalLength) return;
      journalLength = snapshot.journal.length;
      const componentId = lastReconfiguredComponent(snapshot);
      if (componentId === null) return;
      setDeferred((previous) => withSettings(previous, componentId, snapshot.deferredSettings));
    });
  }, [engine]);

  return deferred;
}

function lastReconfiguredComponent(snapshot: HostSnapshot): string | null {
  for (let index = snapshot.journal.length - 1; index >= 0; index -= 1) {
    const command = snapshot.journal[index]?.command;
    if (command?.type === 'reconfigure') return command.componentId;
  }
  return null;
}

function withSettings(
  previous: DeferredByComponent,
  componentId: string,
  settings: readonly string[],
): DeferredByComponent {
  const current = previous.get(componentId) ?? [];
  if (current.length === settings.length && current.every((key, i) => key === settings[i])) {
    return previous;
  }
  const next = new Map(previous);
  if (settings.length === 0) next.delete(componentId);
  else next.set(componentId, [...settings]);
  return next;
}
