/** A one-line description of anything thrown: an Error's message, a string, or its String() form. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  return String(error);
}

/** The type names an error is known by: its `name` and, for Eventfold errors, its `code`. */
export function errorTypeNames(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return [];
  const names: string[] = [];
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (typeof name === 'string') names.push(name);
  if (typeof code === 'string') names.push(code);
  return names;
}
