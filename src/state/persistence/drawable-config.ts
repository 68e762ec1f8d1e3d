import {
  type ComponentConfigs,
  type ComponentKind,
  defaultConfig,
  parseConfig,
} from '../../sim/scenario/component-kinds';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A saved component's config made valid for its kind, so that it can sit on a canvas node: the
 * top-level fields the kind's schema refuses (out of bounds, of another build) fall back to their
 * defaults, and every field it accepts is kept. A config that is not an object is all defaults.
 */
export function drawableConfig<K extends ComponentKind>(
  kind: K,
  saved: unknown,
): ComponentConfigs[K] {
  let fields = isObject(saved) ? saved : {};
  for (;;) {
    const parsed = parseConfig(kind, fields);
    if (parsed.success) return parsed.data;
    const refused = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    const kept = Object.fromEntries(Object.entries(fields).filter(([key]) => !refused.has(key)));
    // Each round drops at least one field; an issue no field explains leaves the defaults.
    if (Object.keys(kept).length === Object.keys(fields).length) return defaultConfig(kind);
    fields = kept;
  }
}
