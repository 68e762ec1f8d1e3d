/**
 * A shallow copy of records merged left to right, for payloads and metadata that will be frozen.
 *
 * Why not `{ ...a, ...b }`: once a spread site has seen many object shapes (the message factory
 * copies metadata from every component), Node 20's V8 gives each copy its own hidden class when
 * it is then frozen. The engine's 100k-event run built ~30,000 one-off hidden classes that way
 * (seen in a heap snapshot); `Object.assign` onto a fresh literal shares one. (Chromium 156's
 * newer V8 shared the class in the same 10-line check, so there it only saves the spread.)
 */
export function copyRecord<T extends object>(...records: readonly (T | undefined)[]): T {
  return Object.assign({}, ...records) as T;
}
