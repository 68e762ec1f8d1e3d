import { describe, expect, it } from 'vitest';
import { formatFaultSpec, parseFaultSpec } from '../../../../src/sim/host/fault-spec';
import { resolveFaultTarget } from '../../../../src/sim/host/fault-target';
import type { ComponentKind } from '../../../../src/sim/scenario/component-kinds';

const components: { id: string; kind: ComponentKind }[] = [
  { id: 'api', kind: 'producer' },
  { id: 'orders', kind: 'order-service' },
  { id: 'store', kind: 'event-store' },
  { id: 'events', kind: 'event-bus' },
  { id: 'pay', kind: 'payment' },
  { id: 'dead-letters', kind: 'dead-letter-queue' },
  { id: 'order-list', kind: 'projection' },
  { id: 'order-stats', kind: 'projection' },
];

function parse(text: string) {
  const result = parseFaultSpec(text);
  if (!result.ok) throw new Error(result.error);
  return result.spec;
}

function resolve(text: string) {
  const result = resolveFaultTarget(parse(text), components);
  return result.ok ? result.fault : result.error;
}

function parseError(text: string): string {
  const result = parseFaultSpec(text);
  return result.ok ? 'parsed' : result.error;
}

describe('given well-formed fault specs', () => {
  it('when parsed, then setting, value and schedule are read (seconds become ms)', () => {
    expect(parse('payment:failure-rate=0.5')).toEqual({
      text: 'payment:failure-rate=0.5',
      component: 'payment',
      setting: 'failure-rate',
      value: 0.5,
    });
    expect(parse('inventory:latency-ms=2000').value).toBe(2000);
    expect(parse('payment:down=true@10+30')).toMatchObject({
      value: true,
      atMs: 10_000,
      durationMs: 30_000,
    });
    expect(parse('payment:down=false@1.1')).toMatchObject({ value: false, atMs: 1100 });
    expect(parse('bus:duplicate-rate=0.1').setting).toBe('duplicate-rate');
    expect(parse('orders:fail-next=3').value).toBe(3);
  });

  it('when formatted again, then the spec text comes back', () => {
    for (const text of ['pay:down=true@10+30', 'events:drop-rate=0.25', 'api:slow-factor=2@5']) {
      const { component, ...rest } = parse(text);
      expect(formatFaultSpec({ ...rest, target: component })).toBe(text);
    }
  });
});

describe('given malformed fault specs', () => {
  it.each([
    ['payment', 'bad fault "payment": expected COMPONENT:SETTING=VALUE[@START[+DURATION]]'],
    [
      'payment:down',
      'bad fault "payment:down": expected COMPONENT:SETTING=VALUE[@START[+DURATION]]',
    ],
    [
      'Payment:down=true',
      'bad fault "Payment:down=true": component "Payment" must be an id or kind (lowercase letters, digits, -)',
    ],
    [
      'payment:explode=1',
      'bad fault "payment:explode=1": unknown setting "explode" (settings: failure-rate, fail-next, slow-factor, down, latency-ms, duplicate-rate, drop-rate, reorder-jitter-ms)',
    ],
    ['payment:down=1', 'bad fault "payment:down=1": down takes true or false, got "1"'],
    [
      'payment:failure-rate=1.5',
      'bad fault "payment:failure-rate=1.5": failure-rate must be between 0 and 1, got 1.5',
    ],
    [
      'payment:failure-rate=-0.1',
      'bad fault "payment:failure-rate=-0.1": failure-rate must be between 0 and 1, got -0.1',
    ],
    [
      'payment:failure-rate=half',
      'bad fault "payment:failure-rate=half": failure-rate takes a number from 0 to 1, got "half"',
    ],
    [
      'payment:latency-ms=',
      'bad fault "payment:latency-ms=": latency-ms takes a number from 0 to 86400000, got ""',
    ],
    [
      'payment:slow-factor=0.5',
      'bad fault "payment:slow-factor=0.5": slow-factor must be between 1 and 100, got 0.5',
    ],
    [
      'payment:fail-next=2.5',
      'bad fault "payment:fail-next=2.5": fail-next takes a whole number of attempts, got 2.5',
    ],
    [
      'payment:down=true@soon',
      'bad fault "payment:down=true@soon": start @soon must be a number of seconds, 0 or more',
    ],
    [
      'payment:down=true@-1',
      'bad fault "payment:down=true@-1": start @-1 must be a number of seconds, 0 or more',
    ],
    [
      'payment:down=true@10+0',
      'bad fault "payment:down=true@10+0": duration +0 must be a number of seconds above 0',
    ],
    [
      'payment:down=true@10+',
      'bad fault "payment:down=true@10+": duration + must be a number of seconds above 0',
    ],
  ])('when "%s" is parsed, then the error says exactly what is wrong', (text, error) => {
    expect(parseError(text)).toBe(error);
  });
});

describe('given a scenario to resolve COMPONENT against', () => {
  it('when COMPONENT is an id, then that component is the target', () => {
    expect(resolve('pay:failure-rate=0.5')).toEqual({
      target: 'pay',
      setting: 'failure-rate',
      value: 0.5,
    });
  });

  it('when COMPONENT is a kind or a short alias of one, then its only component is the target', () => {
    expect(resolve('payment:down=true@10+30')).toEqual({
      target: 'pay',
      setting: 'down',
      value: true,
      atMs: 10_000,
      durationMs: 30_000,
    });
    expect(resolve('bus:duplicate-rate=0.1')).toMatchObject({ target: 'events' });
    expect(resolve('event-bus:drop-rate=0.1')).toMatchObject({ target: 'events' });
    expect(resolve('dlq:down=true')).toMatchObject({ target: 'dead-letters' });
    expect(resolve('producer:slow-factor=2')).toMatchObject({ target: 'api' });
  });

  it('when an id and an alias collide, then the id wins', () => {
    expect(resolve('orders:down=true')).toMatchObject({ target: 'orders' });
    expect(resolve('store:down=true')).toMatchObject({ target: 'store' });
  });

  it('when a kind matches several components, then the error names them', () => {
    expect(resolve('projection:down=true')).toBe(
      'bad fault "projection:down=true": "projection" matches 2 Projection components (order-list, order-stats): name one by id',
    );
  });

  it('when nothing matches, then the error lists the components', () => {
    expect(resolve('ghost:down=true')).toBe(
      'bad fault "ghost:down=true": no component "ghost" (components: api, orders, store, events, pay, dead-letters, order-list, order-stats)',
    );
    expect(resolve('saga:down=true')).toBe(
      'bad fault "saga:down=true": no Saga component (components: api, orders, store, events, pay, dead-letters, order-list, order-stats)',
    );
  });

  it('when a bus setting targets another kind, then it is refused', () => {
    expect(resolve('pay:duplicate-rate=0.1')).toBe(
      'bad fault "pay:duplicate-rate=0.1": duplicate-rate applies to an Event Bus, not Payment "pay"',
    );
  });
});
