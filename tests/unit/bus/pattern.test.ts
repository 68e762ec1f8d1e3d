import { describe, expect, it } from 'vitest';
import { InvalidPatternError } from '../../../src/core/bus/bus-errors';
import { compilePattern } from '../../../src/core/bus/pattern';

// [pattern, type, matches]
const table: ReadonlyArray<readonly [string, string, boolean]> = [
  ['order.placed', 'order.placed', true],
  ['order.placed', 'order.confirmed', false],
  ['order.placed', 'order.placed.v2', false],
  ['order.placed', 'order', false],
  ['*', 'order.placed', true],
  ['*', 'system.service.started', true],
  ['*', 'order', true],
  ['order.*', 'order.placed', true],
  ['order.*', 'order.cancelled', true],
  ['order.*', 'order', false],
  ['order.*', 'order.item.added', false],
  ['order.*', 'payment.placed', false],
  ['order.*', 'orders.placed', false],
  ['*.failed', 'payment.failed', true],
  ['*.failed', 'payment.charge.failed', false],
  ['*.failed', 'payment.failedx', false],
  ['notification.*.sent', 'notification.email.sent', true],
  ['notification.*.sent', 'notification.sms.sent', true],
  ['notification.*.sent', 'notification.email.failed', false],
  ['*.*', 'order.placed', true],
  ['*.*', 'order', false],
  ['order.#', 'order', true],
  ['order.#', 'order.placed', true],
  ['order.#', 'order.item.added', true],
  ['order.#', 'payment.received', false],
  ['order.#', 'orders.placed', false],
  ['order.**', 'order.item.added', true],
  ['*.#', 'order', true],
  ['system.*.#', 'system.service.started', true],
  ['system.*.#', 'system', false],
  ['#', 'anything.at.all', true],
];

describe('given subscription patterns', () => {
  it.each(table)('when "%s" meets type "%s", then it matches: %s', (pattern, type, expected) => {
    expect(compilePattern(pattern)(type)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['order.', 'empty segment'],
    ['.placed', 'empty segment'],
    ['order..placed', 'empty segment'],
    ['order.#.placed', 'only allowed as the last segment'],
    ['**.placed', 'only allowed as the last segment'],
    ['ord*', 'mixes a wildcard with text'],
    ['order.pl#', 'mixes a wildcard with text'],
  ])('when the pattern is "%s", then it is refused (%s)', (pattern, reason) => {
    expect(() => compilePattern(pattern)).toThrow(InvalidPatternError);
    expect(() => compilePattern(pattern)).toThrow(reason);
  });

  it('when one compiled pattern is asked about more distinct types than it remembers, again and again, then every answer stays right', () => {
    const match = compilePattern('order.*');
    const types = Array.from({ length: 600 }, (_, index) =>
      index % 2 === 1 ? `order.t${index}` : `order.t${index}.extra`,
    );
    for (let round = 0; round < 3; round += 1) {
      const answers = types.map((type) => match(type));
      expect(answers).toEqual(types.map((_, index) => index % 2 === 1));
    }
  });
});
