/** A benchmark entry of `npm run bench`: a short name for `--only` and the function that runs it. */
export interface NamedEntry<T> {
  readonly name: string;
  readonly run: T;
}

/**
 * The entries `--only a,b` (or `--only=a,b`) selects from `argv`, in the order `entries` lists
 * them; all of them without `--only`. An unknown or missing name throws, listing the known ones,
 * so a typo never silently runs nothing.
 */
export function selectEntries<T>(
  argv: readonly string[],
  entries: readonly NamedEntry<T>[],
): NamedEntry<T>[] {
  const known = entries.map((entry) => entry.name);
  const index = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (index === -1) return [...entries];
  const flag = argv[index]!;
  const value = flag === '--only' ? argv[index + 1] : flag.slice('--only='.length);
  if (value === undefined || value.startsWith('--') || value.trim() === '') {
    throw new Error(`--only needs a comma-separated list of entries: ${known.join(', ')}`);
  }
  const wanted = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = wanted.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(`unknown bench entry ${unknown.join(', ')}; known: ${known.join(', ')}`);
  }
  return entries.filter((entry) => wanted.includes(entry.name));
}
