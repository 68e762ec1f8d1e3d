/** FNV-1a over a string's UTF-16 code units: a fast, stable 32-bit hash for partitioning. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Which of `partitions` a key lands on: the same key always lands on the same partition. */
export function partitionFor(key: string, partitions: number): number {
  return fnv1a(key) % partitions;
}
