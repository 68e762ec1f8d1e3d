import { describe, expect, it } from 'vitest';
import { alternate } from '../../../scripts/bench/alternate';

describe('given two measured sides', () => {
  it('when three samples are taken, then each side runs three times, first on alternate samples', async () => {
    const calls: string[] = [];
    let n = 0;
    const result = await alternate(
      3,
      async () => {
        calls.push('ours');
        return ++n;
      },
      async () => {
        calls.push('base');
        return ++n;
      },
      async () => {
        calls.push('gc');
      },
    );
    expect(calls).toEqual([
      'gc',
      'ours',
      'gc',
      'base',
      'gc',
      'base',
      'gc',
      'ours',
      'gc',
      'ours',
      'gc',
      'base',
    ]);
    expect(result).toEqual({ ours: [1, 4, 5], baseline: [2, 3, 6] });
  });

  it('when a sample finishes, then onSample hears its 1-based number', async () => {
    const heard: number[] = [];
    const side = async () => 0;
    await alternate(2, side, side, undefined, (sample) => heard.push(sample));
    expect(heard).toEqual([1, 2]);
  });
});
