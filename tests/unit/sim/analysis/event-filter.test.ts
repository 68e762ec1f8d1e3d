import { describe, expect, it } from 'vitest';
import { InvalidEventFilterError } from '../../../../src/sim/analysis/analysis-errors';
import {
  compileEventFilter,
  describeEventFilter,
  filterEvents,
  isEmptyEventFilter,
  parseEventFilter,
} from '../../../../src/sim/analysis/event-filter';
import { runExample } from './example-run';
import { LogBuilder } from './log-builder';

function sampleLog() {
  const log = new LogBuilder();
  log.add(
    'order.placed',
    'order-o-1',
    { orderId: 'o-1', note: 'Gift WRAP' },
    { correlationId: 'c1' },
  );
  log.add('saga.started', 'saga-o-1', { orderId: 'o-1' }, { correlationId: 'c1' });
  log.add('order.placed', 'order-o-2', { orderId: 'o-2' }, { correlationId: 'c2' });
  log.add(
    'notification.email.sent',
    'notification-o-2',
    { orderId: 'o-2' },
    { correlationId: 'c2' },
  );
  log.add('system.error.occurred', 'system-payment', { reason: 'boom' }, { correlationId: 'c2' });
  return log.events;
}

const ids = (filter: Parameters<typeof filterEvents>[1]) =>
  filterEvents(sampleLog(), filter).map((event) => event.id);

describe('given an event filter from a form or a saved workspace', () => {
  it('when it is valid, then parsing trims ids and pattern, keeps text as typed and drops empties', () => {
    const parsed = parseEventFilter({
      typePattern: ' order.* ',
      streamId: ' saga-* ',
      correlationId: '',
      text: ' wrap',
    });
    expect(parsed).toEqual({
      ok: true,
      filter: { typePattern: 'order.*', streamId: 'saga-*', text: ' wrap' },
    });
  });

  it('when fields are wrong, then every problem is listed with its field', () => {
    const parsed = parseEventFilter({
      typePattern: 'order.**.x',
      streamId: 'sa*ga',
      text: 3,
      kind: 'x',
    });
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^kind: unknown field/);
    expect(errors.join('\n')).toMatch(/text: must be a string, got number/);
    expect(errors.join('\n')).toMatch(/typePattern: .*"\*\*" is only allowed as the last segment/);
    expect(errors.join('\n')).toMatch(/streamId: "sa\*ga" may only end with "\*"/);
  });

  it('when it is not an object, then it is refused', () => {
    expect(parseEventFilter('order.*')).toEqual({
      ok: false,
      errors: ['filter: must be an object'],
    });
    expect(parseEventFilter(null).ok).toBe(false);
  });

  it('when an invalid filter is compiled, then it throws a typed error naming the problem', () => {
    expect(() => compileEventFilter({ typePattern: 'order.#.x' })).toThrow(InvalidEventFilterError);
    expect(() => compileEventFilter({ typePattern: '' })).not.toThrow();
  });
});

describe('given a small log', () => {
  it('when filtering by type pattern, then the bus grammar selects', () => {
    expect(ids({ typePattern: 'order.*' })).toEqual(['e1', 'e3']);
    expect(ids({ typePattern: 'notification.#' })).toEqual(['e4']);
    expect(ids({ typePattern: 'notification.*' })).toEqual([]);
    expect(ids({ typePattern: '*' })).toHaveLength(5);
  });

  it('when filtering by stream, then an exact id or a prefix ending in * selects', () => {
    expect(ids({ streamId: 'order-o-1' })).toEqual(['e1']);
    expect(ids({ streamId: 'order-' })).toEqual([]);
    expect(ids({ streamId: 'order-*' })).toEqual(['e1', 'e3']);
  });

  it('when filtering by correlation and text, then text is a case-insensitive payload search', () => {
    expect(ids({ correlationId: 'c2' })).toEqual(['e3', 'e4', 'e5']);
    expect(ids({ text: 'gift wrap' })).toEqual(['e1']);
    expect(ids({ text: 'o-2' })).toEqual(['e3', 'e4']);
    // The type is not payload: text does not match it.
    expect(ids({ text: 'placed' })).toEqual([]);
  });

  it('when several fields are given, then all must match', () => {
    expect(ids({ typePattern: 'order.*', correlationId: 'c2' })).toEqual(['e3']);
    expect(ids({ typePattern: 'order.*', streamId: 'saga-*' })).toEqual([]);
  });

  it('when the filter is empty, then it shows everything and says so', () => {
    expect(isEmptyEventFilter({})).toBe(true);
    expect(isEmptyEventFilter({ text: 'x' })).toBe(false);
    expect(ids({})).toHaveLength(5);
    expect(describeEventFilter({})).toBe('all events');
    expect(describeEventFilter({ typePattern: 'order.*', streamId: 'saga-*', text: 'x' })).toBe(
      'type order.* · stream saga-* · text "x"',
    );
  });
});

describe('given a run of the order-saga example', () => {
  it('when filtering one order saga stream by prefix and correlation, then only its saga events show', () => {
    const events = runExample({ untilMs: 3_000 }).events();
    const placed = events.find((event) => event.type === 'order.placed')!;
    const { orderId } = placed.data as { orderId: string };
    const shown = filterEvents(events, { streamId: 'saga-*', correlationId: placed.correlationId });
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.every((event) => event.streamId === `saga-${orderId}`)).toBe(true);
    const everySaga = filterEvents(events, { typePattern: 'saga.#' });
    expect(everySaga).toEqual(events.filter((event) => event.streamId.startsWith('saga-')));
  });
});
