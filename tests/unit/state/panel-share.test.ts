import { describe, expect, it } from 'vitest';
import {
  clampPanelShare,
  DEFAULT_PANEL_SHARE,
  MAX_PANEL_SHARE,
  MIN_PANEL_SHARE,
  panelShareForKey,
  panelShareForPointer,
} from '../../../src/state/ui/panel-share';

describe('given the bottom panel share', () => {
  it('when a share is out of range, then it is kept between the smallest and largest', () => {
    expect(clampPanelShare(0.01)).toBe(MIN_PANEL_SHARE);
    expect(clampPanelShare(0.99)).toBe(MAX_PANEL_SHARE);
    expect(clampPanelShare(0.41234)).toBe(0.412);
  });

  it('when keys are pressed on the default layout, then Up grows it, Down shrinks it and Enter restores the default', () => {
    expect(panelShareForKey('ArrowUp', null)).toBe(0.46);
    expect(panelShareForKey('ArrowDown', null)).toBe(0.42);
    expect(panelShareForKey('PageUp', 0.5)).toBe(0.6);
    expect(panelShareForKey('PageDown', 0.5)).toBe(0.4);
    expect(panelShareForKey('Home', 0.5)).toBe(MIN_PANEL_SHARE);
    expect(panelShareForKey('End', 0.5)).toBe(MAX_PANEL_SHARE);
    expect(panelShareForKey('Enter', 0.5)).toBeNull();
    expect(panelShareForKey('a', 0.5)).toBeUndefined();
  });

  it('when Up is pressed at the largest share, then it stays there', () => {
    expect(panelShareForKey('ArrowUp', MAX_PANEL_SHARE)).toBe(MAX_PANEL_SHARE);
    expect(panelShareForKey('ArrowDown', MIN_PANEL_SHARE)).toBe(MIN_PANEL_SHARE);
  });

  it('when the edge is dragged, then the share is the panel height over the frame height', () => {
    // A 1,000 px frame whose panel ends at 970 px: the pointer at 470 px makes it 500 px tall.
    expect(panelShareForPointer(470, 970, 1000)).toBe(0.5);
    expect(panelShareForPointer(0, 970, 1000)).toBe(MAX_PANEL_SHARE);
    expect(panelShareForPointer(960, 970, 1000)).toBe(MIN_PANEL_SHARE);
    expect(panelShareForPointer(100, 970, 0)).toBe(DEFAULT_PANEL_SHARE);
  });
});
