/**
 * A keyboard shortcut as data: the one description both the key handler matches against and the
 * titles and `aria-keyshortcuts` are written from, so what a button says and what the key does
 * cannot disagree.
 */
export interface Shortcut {
  /** `KeyboardEvent.key`, lower-case for letters (Shift is `shift`); `' '` is Space. */
  readonly key: string;
  /** Ctrl, or Cmd on a Mac: either one counts, as people press the one their platform uses. */
  readonly mod?: boolean;
  readonly shift?: boolean;
}

export const space: Shortcut = { key: ' ' };

/** The `?` key, whichever keys a layout types it with. */
export const questionMark: Shortcut = { key: '?' };

/**
 * True for a letter or Space, where Shift makes another shortcut (Ctrl+Z, Ctrl+Shift+Z). A
 * symbol's character already says what was typed: `?` is Shift+/ on some layouts, not others.
 */
const shiftCounts = (key: string) => /^[a-z ]$/.test(key);

/** Ctrl/Cmd with a letter, optionally with Shift. */
export const chord = (key: string, shift = false): Shortcut => ({ key, mod: true, shift });

/** True when `event` is this shortcut exactly: extra modifiers make it another shortcut. */
export function matchesShortcut(shortcut: Shortcut, event: KeyboardEvent): boolean {
  return (
    event.key.toLowerCase() === shortcut.key &&
    (event.ctrlKey || event.metaKey) === Boolean(shortcut.mod) &&
    (event.shiftKey === Boolean(shortcut.shift) || !shiftCounts(shortcut.key)) &&
    !event.altKey
  );
}

const keyName = (key: string) => (key === ' ' ? 'Space' : key.toUpperCase());

/** How a title writes it: `Space`, `Ctrl+Shift+Z`. */
export function shortcutText(shortcut: Shortcut): string {
  return [shortcut.mod && 'Ctrl', shortcut.shift && 'Shift', keyName(shortcut.key)]
    .filter(Boolean)
    .join('+');
}

/** The `aria-keyshortcuts` value: every way to press them, Ctrl and Cmd spelled out. */
export function ariaKeyShortcuts(shortcuts: readonly Shortcut[]): string | undefined {
  const ways = shortcuts.flatMap((shortcut) => {
    const rest = [shortcut.shift && 'Shift', keyName(shortcut.key)].filter(Boolean).join('+');
    return shortcut.mod ? [`Control+${rest}`, `Meta+${rest}`] : [rest];
  });
  return ways.length > 0 ? ways.join(' ') : undefined;
}
