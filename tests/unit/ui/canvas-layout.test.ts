import { describe, expect, it } from 'vitest';
import { openSpot } from '../../../src/ui/canvas/free-space';
import { visibleFlowBox } from '../../../src/ui/canvas/geometry';
import { graphTabSequence, readingOrder } from '../../../src/ui/canvas/graph-tab-order';

const size = { width: 180, height: 60 };
const view = { x: 0, y: 0, width: 1000, height: 600 };
const overlaps = (a: typeof view, b: typeof view) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('given a view to place a new node in', () => {
  it('when the middle is free, then the node is centred there, on the grid', () => {
    expect(
      openSpot({ near: { x: 500, y: 300 }, area: view, occupied: [], size, grid: 20 }),
    ).toEqual({ x: 400, y: 260 });
  });

  it('when nodes sit in the middle, then the nearest spot that clears them all by a grid step wins', () => {
    const occupied = [
      { x: 380, y: 240, width: 240, height: 120 },
      { x: 100, y: 100, width: 180, height: 90 },
    ];
    const spot = openSpot({ near: { x: 500, y: 300 }, area: view, occupied, size, grid: 20 });
    if (!spot) throw new Error('no spot found');
    const placed = { ...spot, ...size };
    for (const box of occupied) {
      const grown = {
        x: box.x - 20,
        y: box.y - 20,
        width: box.width + 40,
        height: box.height + 40,
      };
      expect(overlaps(placed, grown)).toBe(false);
    }
    // Straight above the middle node, a grid step clear: as near as straight below, and first.
    expect(spot).toEqual({ x: 400, y: 160 });
  });

  it('when the view is full, then there is no spot in it', () => {
    expect(
      openSpot({ near: { x: 500, y: 300 }, area: view, occupied: [view], size, grid: 20 }),
    ).toBeNull();
  });

  it('when the viewport is panned and zoomed, then the visible box maps back to flow space', () => {
    expect(visibleFlowBox({ x: 100, y: -50, zoom: 2 }, { width: 800, height: 600 }, 20)).toEqual({
      x: -40,
      y: 35,
      width: 380,
      height: 280,
    });
  });
});

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });

describe('given nodes on the canvas', () => {
  it('when ordered for reading, then columns go left to right and each top to bottom', () => {
    const nodes = [at('c', 440, 0), at('b2', 230, 200), at('a', 0, 100), at('b1', 220, 0)];
    expect(readingOrder(nodes).map((node) => node.id)).toEqual(['a', 'b1', 'b2', 'c']);
  });

  it('when Tab stops are listed, then every node comes first, then edges by their source and target', () => {
    const nodes = [at('store', 440, 0), at('api', 0, 0), at('orders', 220, 0)];
    const edges = [
      { id: 'e3', source: 'orders', target: 'store' },
      { id: 'e1', source: 'api', target: 'store' },
      { id: 'e2', source: 'api', target: 'orders' },
    ];
    expect(graphTabSequence(nodes, edges)).toEqual([
      { kind: 'node', id: 'api' },
      { kind: 'node', id: 'orders' },
      { kind: 'node', id: 'store' },
      { kind: 'edge', id: 'e2' },
      { kind: 'edge', id: 'e1' },
      { kind: 'edge', id: 'e3' },
    ]);
  });
});
