/** Exported sources live under this path, so an Eventfold export is recognisable and reversible. */
export const COMPONENT_SOURCE_PREFIX = '/eventfold/components/';

/** Maps a component id (`payment`) to a CloudEvents source URI-reference (`/eventfold/components/payment`). */
export function componentSourceUri(componentId: string): string {
  // encodeURIComponent leaves only unreserved characters and %XX escapes: always a valid path segment.
  return COMPONENT_SOURCE_PREFIX + encodeURIComponent(componentId);
}

/** Inverse of componentSourceUri; a source from another producer is kept as it is. */
export function componentIdFromSource(source: string): string {
  if (!source.startsWith(COMPONENT_SOURCE_PREFIX)) return source;
  return decodeURIComponent(source.slice(COMPONENT_SOURCE_PREFIX.length));
}
