import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  chord,
  matchesShortcut,
  questionMark,
  shortcutText,
  space,
} from '../../../src/ui/actions/shortcut';

/** Enough of a KeyboardEvent for matching (the node environment has no KeyboardEvent). */
const key = (init: Partial<KeyboardEvent>) =>
  ({
    key: '',
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...init,
  }) as KeyboardEvent;

describe('given a shortcut described as data', () => {
  it('when written for a title, then it reads as people name keys', () => {
    expect(shortcutText(space)).toBe('Space');
    expect(shortcutText(chord('z'))).toBe('Ctrl+Z');
    expect(shortcutText(chord('z', true))).toBe('Ctrl+Shift+Z');
  });

  it('when written for aria-keyshortcuts, then Ctrl and Cmd are both listed', () => {
    expect(ariaKeyShortcuts([space])).toBe('Space');
    expect(ariaKeyShortcuts([chord('z', true), chord('y')])).toBe(
      'Control+Shift+Z Meta+Shift+Z Control+Y Meta+Y',
    );
    expect(ariaKeyShortcuts([])).toBeUndefined();
  });

  it('when matched, then Ctrl or Cmd count alike, case is ignored and extra modifiers do not match', () => {
    expect(matchesShortcut(chord('z'), key({ key: 'z', ctrlKey: true }))).toBe(true);
    expect(matchesShortcut(chord('z'), key({ key: 'z', metaKey: true }))).toBe(true);
    expect(
      matchesShortcut(chord('z', true), key({ key: 'Z', ctrlKey: true, shiftKey: true })),
    ).toBe(true);
    expect(matchesShortcut(chord('z'), key({ key: 'Z', ctrlKey: true, shiftKey: true }))).toBe(
      false,
    );
    expect(matchesShortcut(chord('z'), key({ key: 'z', ctrlKey: true, altKey: true }))).toBe(false);
    expect(matchesShortcut(chord('z'), key({ key: 'z' }))).toBe(false);
    expect(matchesShortcut(space, key({ key: ' ', shiftKey: true }))).toBe(false);
    expect(matchesShortcut(space, key({ key: ' ' }))).toBe(true);
  });
});

describe('given the ? shortcut', () => {
  it('when ? is typed with or without Shift (layouts differ), then it matches; with Ctrl it does not', () => {
    expect(matchesShortcut(questionMark, key({ key: '?', shiftKey: true }))).toBe(true);
    expect(matchesShortcut(questionMark, key({ key: '?' }))).toBe(true);
    expect(matchesShortcut(questionMark, key({ key: '?', ctrlKey: true }))).toBe(false);
    expect(matchesShortcut(questionMark, key({ key: '/' }))).toBe(false);
    expect(shortcutText(questionMark)).toBe('?');
  });
});
