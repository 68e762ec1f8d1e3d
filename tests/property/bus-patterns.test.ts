import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../src/core/bus/event-bus';

// Fixed for reproducibility; override with FC_SEED to explore. fast-check also prints the seed
// and the counterexample path in its failure message.
const seed = Number(process.env.FC_SEED ?? 20260101);
const numRuns = 300;

/** Deliberately naive matcher, straight from the grammar, with backtracking for `#`/`**`. */
function referenceMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  const wanted = pattern.split('.');
  const parts = type.split('.');
  const from = (i: number, j: number): boolean => {
    if (i === wanted.length) return j === parts.length;
    const segment = wanted[i];
    if (segment === '#' || segment === '**') {
      for (let k = j; k <= parts.length; k++) if (from(i + 1, k)) return true;
      return false;
    }
    if (j >= parts.length) return false;
    return (segment === '*' || segment === parts[j]) && from(i + 1, j + 1);
  };
  return from(0, 0);
}

const word = fc.constantFrom('order', 'payment', 'placed', 'failed', 'sent');
const eventType = fc.array(word, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
const pattern = fc.oneof(
  fc.constant('*'),
  fc
    .tuple(
      fc.array(fc.oneof(word, fc.constant('*')), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('', '#', '**'),
    )
    .map(([segments, tail]) => (tail ? [...segments, tail] : segments).join('.')),
);

describe(`bus pattern routing (fast-check seed ${seed})`, () => {
  it('calls a handler iff its pattern matches, and publishing never changes the subscriptions', () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 6 }),
        fc.array(eventType, { minLength: 1, maxLength: 12 }),
        (patterns, types) => {
          const bus = new EventBus<{ readonly type: string }>();
          const received = patterns.map(() => [] as string[]);
          patterns.forEach((p, index) => {
            bus.subscribe(p, (event) => received[index]?.push(event.type));
          });
          for (const type of types) {
            bus.publish({ type });
            expect(bus.subscriptionCount).toBe(patterns.length);
          }
          patterns.forEach((p, index) => {
            const expected = types.filter((type) => referenceMatches(p, type));
            expect(received[index], `pattern "${p}"`).toEqual(expected);
          });
        },
      ),
      { seed, numRuns },
    );
  });
});
