/**
 * Read models key plain objects by ids that come from payloads (order ids, user ids), so they
 * stay JSON. A plain object inherits names like `constructor` and treats `__proto__` specially;
 * these two helpers make any string a safe key, including after a JSON or structuredClone restore.
 */
export type Dict<T> = Record<string, T>;

/** The entry under `key`, never an inherited property. */
export function lookup<T>(dict: Readonly<Dict<T>>, key: string): T | undefined {
  return Object.hasOwn(dict, key) ? dict[key] : undefined;
}

/** Sets the entry under `key` as an own data property, even for `__proto__`. */
export function put<T>(dict: Dict<T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(dict, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    dict[key] = value;
  }
}

/** Removes the entry under `key`. */
export function remove<T>(dict: Dict<T>, key: string): void {
  if (Object.hasOwn(dict, key)) delete dict[key];
}
