/**
 * Freezes a value and everything reachable from it, so a stored fact cannot be edited in place
 * by a handler that kept a reference. An already frozen object is taken as frozen all the way
 * down (that also ends cycles): the message factory freezes what it builds, and re-walking it
 * on every append would cost more than the check is worth.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  // Typed arrays cannot be frozen (the engine throws); JSON payloads never hold them anyway.
  if (ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  // Index and for-in walks rather than Object.values: no array per object on every append
  // (the engine appends ~100k events a second and the garbage showed in its profile).
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) deepFreeze(value[index]);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) if (Object.hasOwn(record, key)) deepFreeze(record[key]);
  return value;
}
