import { z } from 'zod';
import { probability } from '../../sim/scenario/component-configs';
import { type ComponentKind, componentKindInfo } from '../../sim/scenario/component-kinds';
import type { ConfigPatch } from '../../state/graph/config-edit';
import { busConfigEditedAsFaults } from '../../state/graph/fault-edit';
import { configFieldLabel } from './config-labels';

interface FieldBase {
  /** The key in its object, and the dotted path from the config root (`latency.medianMs`). */
  readonly key: string;
  readonly path: string;
  readonly label: string;
}

/** One control of the generated Configuration form. */
export type ConfigField =
  | (FieldBase & { type: 'number'; min?: number; max?: number; integer: boolean })
  | (FieldBase & { type: 'percent' })
  | (FieldBase & { type: 'enum'; options: readonly string[] })
  | (FieldBase & { type: 'boolean' })
  | (FieldBase & { type: 'text'; maxLength?: number })
  | (FieldBase & { type: 'group'; fields: readonly ConfigField[] });

/**
 * The Configuration form of a kind, read from its zod schema (so the two never drift). The
 * config keys the Faults section edits are left out: they are chaos, not design.
 */
export function describeConfig(kind: ComponentKind): ConfigField[] {
  const hidden: readonly string[] = kind === 'event-bus' ? busConfigEditedAsFaults : [];
  return describeObject(kind, componentKindInfo[kind].configSchema, []).filter(
    (field) => !hidden.includes(field.key),
  );
}

function describeObject(
  kind: ComponentKind,
  schema: z.ZodObject,
  parents: string[],
): ConfigField[] {
  return Object.entries(schema.shape).flatMap(([key, fieldSchema]) => {
    const field = describeField(kind, key, [...parents, key], fieldSchema as z.ZodType);
    return field ? [field] : [];
  });
}

function describeField(
  kind: ComponentKind,
  key: string,
  pathParts: string[],
  schema: z.ZodType,
): ConfigField | null {
  const inner = schema instanceof z.ZodDefault ? (schema.def.innerType as z.ZodType) : schema;
  const base = { key, path: pathParts.join('.'), label: configFieldLabel(kind, key) };
  if (inner === probability) return { ...base, type: 'percent' };
  if (inner instanceof z.ZodNumber) {
    return {
      ...base,
      type: 'number',
      integer: inner.isInt,
      ...(inner.minValue === null ? {} : { min: inner.minValue }),
      ...(inner.maxValue === null ? {} : { max: inner.maxValue }),
    };
  }
  if (inner instanceof z.ZodEnum)
    return { ...base, type: 'enum', options: inner.options.map(String) };
  // An optional choice (latency's `distribution`): absent means its first option.
  if (inner instanceof z.ZodOptional && inner.def.innerType instanceof z.ZodEnum) {
    return { ...base, type: 'enum', options: inner.def.innerType.options.map(String) };
  }
  if (inner instanceof z.ZodBoolean) return { ...base, type: 'boolean' };
  if (inner instanceof z.ZodString) {
    return {
      ...base,
      type: 'text',
      ...(inner.maxLength === null ? {} : { maxLength: inner.maxLength }),
    };
  }
  if (inner instanceof z.ZodObject) {
    return { ...base, type: 'group', fields: describeObject(kind, inner, pathParts) };
  }
  return null; // a kind of field the form cannot edit; it keeps its value
}

/** The value at a dotted path of a config. */
export function valueAt(config: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      config,
    );
}

/** The top-level patch that sets `path` to `value` (nested objects copied, not mutated). */
export function patchAt(
  config: Readonly<Record<string, unknown>>,
  path: string,
  value: unknown,
): ConfigPatch {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0) return { [head]: value };
  const nested = (config[head] ?? {}) as Record<string, unknown>;
  return { [head]: { ...nested, ...patchAt(nested, rest.join('.'), value) } };
}
