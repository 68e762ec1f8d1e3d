import { useEffect } from 'react';
import { useEventfoldStore } from '../../state/store';

const nonTextInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color']);

/** True where Ctrl+Z belongs to the browser's own text undo (an input, a select, a textarea). */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !nonTextInputs.has(target.type);
}

/** Ctrl/Cmd+Z undoes a graph edit; Ctrl/Cmd+Shift+Z and Ctrl+Y redo it. */
export function useUndoShortcuts(): void {
  const undo = useEventfoldStore((state) => state.undo);
  const redo = useEventfoldStore((state) => state.redo);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
