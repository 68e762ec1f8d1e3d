import { describe, expect, it } from 'vitest';
import { selectEntries } from '../../../scripts/bench/select-entries';

const entries = [
  { name: 'bus', run: 1 },
  { name: 'store', run: 2 },
  { name: 'transfer', run: 3 },
];
const names = (argv: string[]) => selectEntries(argv, entries).map((entry) => entry.name);

describe('given the bench entries bus, store and transfer', () => {
  it('when no --only is passed, then every entry runs in its listed order', () => {
    expect(names(['node', 'run.ts'])).toEqual(['bus', 'store', 'transfer']);
  });

  it('when --only names two entries, then only those run, in the listed order', () => {
    expect(names(['--only', 'transfer,bus'])).toEqual(['bus', 'transfer']);
  });

  it('when --only=name is used with spaces around a comma, then it selects the same way', () => {
    expect(names(['--only=store, transfer'])).toEqual(['store', 'transfer']);
  });

  it('when --only names an unknown entry, then it throws naming it and the known entries', () => {
    expect(() => names(['--only', 'bus,stor'])).toThrow(
      'unknown bench entry stor; known: bus, store, transfer',
    );
  });

  it('when --only has no value, then it throws instead of running nothing', () => {
    expect(() => names(['--only'])).toThrow('--only needs a comma-separated list');
    expect(() => names(['--only', '--verbose'])).toThrow('--only needs a comma-separated list');
  });
});
