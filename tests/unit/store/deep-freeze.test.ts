import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../src/core/store/deep-freeze';

describe('given a payload about to be stored', () => {
  it('when it is deep-frozen, then objects inside arrays inside objects are frozen too', () => {
    const payload = { order: { lines: [{ sku: 'a', tags: ['x'] }], total: 3 }, note: null };
    deepFreeze(payload);
    expect(Object.isFrozen(payload)).toBe(true);
    expect(Object.isFrozen(payload.order)).toBe(true);
    expect(Object.isFrozen(payload.order.lines)).toBe(true);
    expect(Object.isFrozen(payload.order.lines[0])).toBe(true);
    expect(Object.isFrozen(payload.order.lines[0]?.tags)).toBe(true);
  });

  it('when the top level is an array of records, then every record is frozen', () => {
    const lines = [{ sku: 'a' }, { sku: 'b' }];
    deepFreeze(lines);
    expect(lines.every((line) => Object.isFrozen(line))).toBe(true);
  });

  it('when it inherits from a prototype, then the prototype is left alone', () => {
    const shared = { mutable: { count: 1 } };
    const payload = Object.assign(Object.create(shared) as object, { own: { count: 2 } });
    deepFreeze(payload);
    expect(Object.isFrozen((payload as { own: object }).own)).toBe(true);
    expect(Object.isFrozen(shared.mutable)).toBe(false);
  });

  it('when it holds a typed array, then the rest is frozen and the typed array is left as is', () => {
    const payload = { bytes: new Uint8Array([1, 2]), meta: { a: 1 } };
    expect(() => deepFreeze(payload)).not.toThrow();
    expect(Object.isFrozen(payload.meta)).toBe(true);
    expect(Object.isFrozen(payload.bytes)).toBe(false);
  });
});
