import { describe, expect, it } from 'vitest';
import { componentKindInfo } from '../../src/sim/scenario/component-kinds';
import type { CanvasNode } from '../../src/state/graph/canvas-node';
import { freePosition, nextNodeId, nextNodeName } from '../../src/state/graph/naming';
import { newComponentData } from '../../src/state/graph/scenario-mapping';
import { nodeOriginCentredOn, viewportCentre } from '../../src/ui/canvas/geometry';
import { parseSeed } from '../../src/ui/controls/SeedInput';
import { tabIndexForKey } from '../../src/ui/panel/tab-navigation';

const payment = 'payment';
const node = (id: string, name: string, x = 0, y = 0): CanvasNode => ({
  id,
  type: 'payment',
  position: { x, y },
  data: newComponentData('payment', name),
});

describe('given canvas placement helpers', () => {
  it('when the viewport is panned and zoomed, then its centre maps back to flow space', () => {
    expect(viewportCentre({ x: 100, y: -50, zoom: 2 }, { width: 800, height: 600 })).toEqual({
      x: 150,
      y: 175,
    });
    expect(nodeOriginCentredOn({ x: 150, y: 175 })).toEqual({ x: 58, y: 147 });
  });

  it('when names and ids are taken, then the next free ones are chosen', () => {
    const { label } = componentKindInfo.payment;
    const nodes = [node('payment-1', label), node('payment-3', `${label} 2`)];
    expect(nextNodeId(payment, nodes)).toBe('payment-2');
    expect(nextNodeName(payment, nodes)).toBe(`${label} 3`);
    expect(nextNodeName(payment, [])).toBe(label);
  });

  it('when a node already sits on the spot, then the new one cascades past it', () => {
    const nodes = [node('a', 'A', 10, 10), node('b', 'B', 34, 34)];
    expect(freePosition({ x: 12, y: 12 }, nodes)).toEqual({ x: 60, y: 60 });
    expect(freePosition({ x: 200, y: 0 }, nodes)).toEqual({ x: 200, y: 0 });
  });
});

describe('given keyboard and input helpers', () => {
  it('when tab keys are pressed, then the index wraps and Home/End jump', () => {
    expect(tabIndexForKey('ArrowRight', 3, 4)).toBe(0);
    expect(tabIndexForKey('ArrowLeft', 0, 4)).toBe(3);
    expect(tabIndexForKey('End', 1, 4)).toBe(3);
    expect(tabIndexForKey('a', 1, 4)).toBeNull();
  });

  it('when a seed is typed, then only non-negative integers parse', () => {
    expect(parseSeed(' 17 ')).toBe(17);
    expect(['', '-1', '1.5', '1e3', 'abc', '99999999999999999'].map(parseSeed)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
