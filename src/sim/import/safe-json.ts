/**
 * Keys that can reach Object.prototype when a parsed object is later spread, merged or
 * assigned (prototype pollution). JSON.parse itself makes `__proto__` an own property, but
 * code downstream (`Object.assign`, `{...x}` into a target, a deep merge) might not, so a file
 * holding one is refused outright rather than trusted to every later consumer.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonParse =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly offset: number | undefined };

/** JSON.parse without throwing; the offset of a syntax error when the engine reports one. */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const offset = /position (\d+)/.exec(message)?.[1];
    return { ok: false, message, offset: offset === undefined ? undefined : Number(offset) };
  }
}

/** The dotted path of the first forbidden key in a parsed value (`data.items[0].__proto__`). */
export function findForbiddenKey(value: unknown, path = ''): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findForbiddenKey(value[index], `${path}[${index}]`);
      if (found !== null) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const keyPath = path === '' ? key : `${path}.${key}`;
    if (FORBIDDEN_KEYS.has(key)) return keyPath;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], keyPath);
    if (found !== null) return found;
  }
  return null;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; ) {
    line += 1;
    index = text.indexOf('\n', index + 1);
  }
  return line;
}
