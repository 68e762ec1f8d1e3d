import { describe, expect, it } from 'vitest';
import { tourCardPlace } from '../../../src/ui/help/tour-placement';

const card = { width: 320, height: 180 };
const viewport = { width: 1440, height: 900 };

describe('given a tour card to place beside a panel', () => {
  it('when the panel is large, then the card goes inside it, near its top-right corner', () => {
    expect(tourCardPlace({ left: 224, top: 52, width: 896, height: 420 }, card, viewport)).toEqual({
      left: 224 + 896 - 320 - 24,
      top: 52 + 24,
    });
  });

  it('when the panel is a left column, then the card goes to its right', () => {
    expect(tourCardPlace({ left: 0, top: 52, width: 224, height: 820 }, card, viewport)).toEqual({
      left: 236,
      top: 64,
    });
  });

  it('when the panel is a right column, then the card goes to its left', () => {
    expect(tourCardPlace({ left: 1160, top: 52, width: 280, height: 820 }, card, viewport)).toEqual(
      {
        left: 1160 - 12 - 320,
        top: 64,
      },
    );
  });

  it('when the panel is a full-width strip at the bottom, then the card goes above it, on screen', () => {
    const place = tourCardPlace({ left: 0, top: 872, width: 1440, height: 28 }, card, viewport);
    expect(place).toEqual({ left: 1440 - 320 - 12, top: 872 - 12 - 180 });
  });
});
