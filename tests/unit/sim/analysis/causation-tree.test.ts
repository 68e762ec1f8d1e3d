import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  componentsOnPath,
  correlationTree,
  descendantsOf,
  flattenTree,
  indexCausation,
} from '../../../../src/sim/analysis/causation-tree';
import { stepCommandId } from '../../../../src/sim/components/saga/saga-step-command';
import { runExample } from './example-run';
import { LogBuilder } from './log-builder';

/**
 * cmd-1 (PlaceOrder, not in the log) -> order.placed -> saga.started, saga.step.started
 * saga.step.started -> (its command, derived id) -> inventory.reserved -> saga.step.succeeded
 * cmd-ship (shipping's command: cause unknown) -> order.shipped
 */
function flow() {
  const log = new LogBuilder();
  const c = { correlationId: 'cmd-1' };
  const placed = log.add(
    'order.placed',
    'order-o-1',
    { orderId: 'o-1' },
    { ...c, source: 'orders', causationId: 'cmd-1' },
  );
  const started = log.add(
    'saga.started',
    'saga-o-1',
    { orderId: 'o-1' },
    { ...c, source: 'saga', causationId: placed.id },
  );
  const step = log.add(
    'saga.step.started',
    'saga-o-1',
    { step: 'reserve-inventory', attempt: 1 },
    { ...c, source: 'saga', causationId: placed.id },
  );
  const reserved = log.add(
    'inventory.reserved',
    'inventory-o-1',
    { orderId: 'o-1' },
    { ...c, source: 'inventory', causationId: stepCommandId(step.id) },
  );
  const succeeded = log.add(
    'saga.step.succeeded',
    'saga-o-1',
    { step: 'reserve-inventory' },
    { ...c, source: 'saga', causationId: reserved.id },
  );
  const shipped = log.add(
    'order.shipped',
    'order-o-1',
    { orderId: 'o-1' },
    { ...c, source: 'orders', causationId: 'cmd-ship' },
  );
  const error = log.add(
    'system.error.occurred',
    'system-payment',
    { componentId: 'payment' },
    { ...c, source: 'payment', causationId: placed.id },
  );
  return { events: log.events, placed, started, step, reserved, succeeded, shipped, error };
}

describe('given the events of one correlation whose root is a command', () => {
  it('when the whole correlation is built, then the command is the synthetic root and every event hangs once', () => {
    const { events, placed, started, step, shipped } = flow();
    const tree = correlationTree(indexCausation(events), 'cmd-1');
    expect(tree?.kind).toBe('command');
    expect(tree?.label).toBe('command cmd-1');
    expect(tree?.link).toBe('root');
    expect(tree?.children.map((child) => child.id)).toEqual([placed.id, 'cmd-ship']);
    const placedNode = tree?.children[0];
    expect(placedNode?.children.map((child) => child.id)).toEqual([started.id, step.id, 'e7']);
    const nodes = flattenTree(tree!);
    expect(
      nodes
        .filter((node) => node.kind === 'event')
        .map((node) => node.id)
        .sort(),
    ).toEqual(events.map((event) => event.id).sort());
    expect(nodes.find((node) => node.id === 'cmd-ship')?.link).toBe('correlated');
    expect(nodes.find((node) => node.id === shipped.id)?.link).toBe('caused');
  });

  it('when a saga step command caused a reply, then the command sits under the step that sent it', () => {
    const { events, step, reserved } = flow();
    const index = indexCausation(events);
    const command = stepCommandId(step.id);
    expect(index.parents.get(command)).toEqual({ id: step.id, link: 'sent' });
    expect(index.parents.get(reserved.id)).toEqual({ id: command, link: 'caused' });
  });

  it('when asking what caused the step success, then the chain runs from the root down to it', () => {
    const { events, succeeded } = flow();
    const chain = ancestorsOf(indexCausation(events), succeeded.id);
    expect(chain.map((node) => node.label)).toEqual([
      'command cmd-1',
      'order.placed',
      'saga.step.started',
      `command ${stepCommandId('e3')}`,
      'inventory.reserved',
      'saga.step.succeeded',
    ]);
  });

  it('when asking what order.placed caused, then its subtree holds the saga, the reply and the error', () => {
    const { events, placed } = flow();
    const tree = descendantsOf(indexCausation(events), placed.id);
    expect(flattenTree(tree!).map((node) => node.label)).toEqual([
      'order.placed',
      'saga.started',
      'saga.step.started',
      'command cmd-e3',
      'inventory.reserved',
      'saga.step.succeeded',
      'system.error.occurred',
    ]);
  });

  it('when an id is unknown, then there is no chain and no tree', () => {
    const index = indexCausation(flow().events);
    expect(ancestorsOf(index, 'nope')).toEqual([]);
    expect(descendantsOf(index, 'nope')).toBeNull();
  });

  it("when showing the path on the canvas, then sources and system events' components are listed once", () => {
    expect(componentsOnPath(flow().events)).toEqual(['orders', 'saga', 'inventory', 'payment']);
    const log = new LogBuilder();
    log.add(
      'system.duplicate.applied',
      'system-analytics',
      { componentId: 'analytics' },
      { source: 'x' },
    );
    expect(componentsOnPath([...log.events, null])).toEqual(['x', 'analytics']);
  });
});

describe('given a corrupt log where two events cause each other', () => {
  it('when walking up, then the walk stops instead of looping', () => {
    const log = new LogBuilder();
    log.add('a.happened', 's', {}, { id: 'a', causationId: 'b', correlationId: 'a' });
    log.add('b.happened', 's', {}, { id: 'b', causationId: 'a', correlationId: 'a' });
    const index = indexCausation(log.events);
    expect(ancestorsOf(index, 'a').map((node) => node.id)).toEqual(['b', 'a']);
    expect(flattenTree(descendantsOf(index, 'a')!).map((node) => node.id)).toEqual(['a', 'b']);
  });
});

describe('given a compensated order from a run with payment always failing', () => {
  const simulation = runExample({ paymentFailureRate: 1, untilMs: 6_000 });
  const events = simulation.events();
  const cancelled = events.find((event) => event.type === 'order.cancelled')!;
  const flowEvents = events.filter((event) => event.correlationId === cancelled.correlationId);

  it('when its correlation tree is built, then every one of its events appears exactly once under the root', () => {
    const tree = correlationTree(indexCausation(flowEvents), cancelled.correlationId)!;
    const eventNodes = flattenTree(tree).filter((node) => node.kind === 'event');
    expect(eventNodes.map((node) => node.id).sort()).toEqual(
      flowEvents.map((event) => event.id).sort(),
    );
  });

  it('when asking why the order was cancelled, then the chain leads back through the failed payments to order.placed', () => {
    const chain = ancestorsOf(indexCausation(flowEvents), cancelled.id).map((node) => node.label);
    expect(chain[0]).toBe(`command ${cancelled.correlationId}`);
    expect(chain[1]).toBe('order.placed');
    expect(chain.filter((label) => label === 'payment.failed')).toHaveLength(3);
    expect(chain).toContain('inventory.released');
    expect(chain.at(-1)).toBe('order.cancelled');
    expect(componentsOnPath(flowEvents)).toEqual(['orders', 'saga', 'inventory', 'payment']);
  });
});
