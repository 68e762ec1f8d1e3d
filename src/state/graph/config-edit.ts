import type { z } from 'zod';
import {
  type ComponentConfigs,
  type ComponentKind,
  parseConfig,
} from '../../sim/scenario/component-kinds';
import type { ComponentNodeData } from './canvas-node';

/** A problem with one field, by its dotted path in the config (`latency.medianMs`). */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** New values for some top-level fields of a config: unchecked until the edit validates them. */
export type ConfigPatch = Readonly<Record<string, unknown>>;

export type ConfigEditResult<K extends ComponentKind = ComponentKind> =
  | { readonly ok: true; readonly config: ComponentConfigs[K] }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/**
 * Applies a top-level patch to a component's config and validates the whole result against the
 * kind's schema, so a value is only ever accepted in the context of the others.
 */
export function editConfig<K extends ComponentKind>(
  data: ComponentNodeData<K>,
  patch: ConfigPatch,
): ConfigEditResult<K> {
  const parsed = parseConfig(data.kind, { ...data.config, ...patch });
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: plainIssueMessage(issue),
    })),
  };
}

/** Zod's issue in the words of a form: "Must be at least 0" rather than "Too small: ...". */
export function plainIssueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin !== 'string') {
        return `Must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}`;
      }
      return Number(issue.minimum) <= 1
        ? 'Cannot be empty'
        : `Must have at least ${issue.minimum} characters`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Must have at most ${issue.maximum} characters`
        : `Must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}`;
    case 'invalid_type':
      return issue.expected === 'int' ? 'Must be a whole number' : `Must be a ${issue.expected}`;
    case 'invalid_value':
      return `Must be one of: ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}
