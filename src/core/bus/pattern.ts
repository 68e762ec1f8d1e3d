import { InvalidPatternError } from './bus-errors';

/** Decides whether an event type is selected by a subscription pattern. */
export type TypeMatcher = (type: string) => boolean;

/**
 * Pattern grammar (types are dotted: `order.placed`, `notification.email.sent`):
 * - `*` on its own matches every type (the seed's and mitt's catch-all);
 * - otherwise each dot-separated segment is a literal, or `*` matching exactly one segment
 *   (`order.*` matches `order.placed`, not `order` nor `order.item.added`);
 * - a last segment `#` (or its alias `**`) matches zero or more segments, as AMQP topics do:
 *   `order.#` matches `order`, `order.placed` and `order.item.added`. It is only allowed last,
 *   which keeps matching linear (no backtracking).
 */
export function compilePattern(pattern: string): TypeMatcher {
  if (pattern === '*' || pattern === '#' || pattern === '**') return matchAll;
  const segments = parseSegments(pattern);
  const last = segments[segments.length - 1];
  const open = last === '#' || last === '**';
  const fixed = open ? segments.slice(0, -1) : segments;
  if (!open && !fixed.includes('*')) return (type) => type === pattern;
  return remembered((type) => matchSegments(fixed, open, type.split('.')));
}

/** A run sees a handful of event types; more distinct types than this are matched uncached. */
const REMEMBERED_TYPES = 256;

/**
 * Remembers each type's answer: splitting the type on every delivery was a hot line of the
 * engine profile, and a run repeats the same few types ~100k times a second.
 */
function remembered(match: TypeMatcher): TypeMatcher {
  const answers = new Map<string, boolean>();
  return (type) => {
    const known = answers.get(type);
    if (known !== undefined) return known;
    const answer = match(type);
    if (answers.size < REMEMBERED_TYPES) answers.set(type, answer);
    return answer;
  };
}

/** Throws InvalidPatternError unless `pattern` follows the grammar of compilePattern. */
export function validatePattern(pattern: string): void {
  compilePattern(pattern);
}

function matchAll(): boolean {
  return true;
}

function parseSegments(pattern: string): string[] {
  if (pattern.length === 0) throw new InvalidPatternError(pattern, 'it is empty');
  const segments = pattern.split('.');
  segments.forEach((segment, index) => {
    if (segment.length === 0) {
      throw new InvalidPatternError(pattern, 'it has an empty segment (check the dots)');
    }
    const isMulti = segment === '#' || segment === '**';
    if (isMulti && index !== segments.length - 1) {
      throw new InvalidPatternError(pattern, `"${segment}" is only allowed as the last segment`);
    }
    if (!isMulti && segment !== '*' && /[*#]/.test(segment)) {
      throw new InvalidPatternError(
        pattern,
        `segment "${segment}" mixes a wildcard with text; a wildcard must be a whole segment`,
      );
    }
  });
  return segments;
}

function matchSegments(fixed: readonly string[], open: boolean, parts: readonly string[]): boolean {
  if (open ? parts.length < fixed.length : parts.length !== fixed.length) return false;
  for (let i = 0; i < fixed.length; i++) {
    const segment = fixed[i];
    if (segment !== '*' && segment !== parts[i]) return false;
  }
  return true;
}
