import type { Shortcut } from './shortcut';

// Where a bare key (Space) already means something (typing, pressing a button, choosing an
// option, selecting a canvas node), it keeps that meaning and the app does not also act on it.
const bareKeyOwners = [
  'input',
  'select',
  'textarea',
  'button',
  'a[href]',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="button"]',
  '[role="checkbox"]',
  '[role="menuitem"]',
  '[role="option"]',
  '[role="slider"]',
  '[role="spinbutton"]',
  '[role="switch"]',
  '[role="tab"]',
  '[role="textbox"]',
  '.react-flow__node',
  '.react-flow__edge',
].join(',');

const nonTextInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color']);

/** True where Ctrl+Z and friends belong to the browser's own text editing. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !nonTextInputs.has(target.type);
}

/**
 * True when a press of `shortcut` on `event.target` is the app's to act on. A Ctrl/Cmd chord
 * yields only to text entry (so Ctrl+Z on a selected canvas node undoes the graph edit); a bare
 * key yields to every control that uses it (Space to buttons, `?` to text entry), and a held one
 * does not repeat (Space would flip run and pause over and over).
 */
export function shortcutIsTheApps(shortcut: Shortcut, event: KeyboardEvent): boolean {
  // A modal dialog (Help) has the keyboard: Ctrl+Z must not edit the canvas behind it.
  if (event.target instanceof Element && event.target.closest('dialog[open]')) return false;
  if (shortcut.mod) return !isTextEntry(event.target);
  if (event.repeat) return false;
  // A typed character (`?`) means something only where text is typed; Space also presses.
  if (shortcut.key !== ' ') return !isTextEntry(event.target);
  return !(event.target instanceof Element && event.target.closest(bareKeyOwners) !== null);
}
