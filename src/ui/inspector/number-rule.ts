/** What a number field accepts, in the unit it shows (a percent field's bounds are 0 and 100). */
export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Empty text means "no value" (null) instead of an error. */
  allowEmpty?: boolean;
  /** The unit the person types, named in the messages ("%"); none for plain counts. */
  unit?: string;
}

/** The typed value, or why the text is not one this field takes. */
export type NumberCheck =
  | { readonly problem: null; readonly value: number | null }
  | { readonly problem: string };

/** A number with its unit, as messages name it: "100 %", "2". */
export function withUnit(value: number, unit: string | undefined): string {
  return unit ? `${value} ${unit}` : String(value);
}

/**
 * Checks typed text against the field's rule before anything is applied, so a refusal speaks
 * the field's unit (a failure rate of 150 is "between 0 and 100 %", not the stored fraction's
 * "at most 1"). The store validates again; this only decides what a person is told.
 */
export function checkNumber(text: string, rule: NumberRule): NumberCheck {
  const trimmed = text.trim();
  if (trimmed === '') {
    return rule.allowEmpty ? { problem: null, value: null } : { problem: 'Enter a number' };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { problem: 'Enter a number' };
  const outside =
    (rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max);
  if (outside) return { problem: rangeProblem(rule) };
  if (rule.integer && !Number.isInteger(value)) return { problem: 'Must be a whole number' };
  return { problem: null, value };
}

/** The field's range in words: "Must be between 0 and 100 %", or its one bound. */
function rangeProblem({ min, max, unit }: NumberRule): string {
  if (min !== undefined && max !== undefined) {
    return `Must be between ${min} and ${withUnit(max, unit)}`;
  }
  return min !== undefined
    ? `Must be at least ${withUnit(min, unit)}`
    : `Must be at most ${withUnit(max ?? 0, unit)}`;
}

/** Adapts a commit that needs a number to a field that may report "empty". */
export function requireNumber(
  commit: (value: number) => string | null,
): (value: number | null) => string | null {
  return (value) => (value === null ? 'Enter a number' : commit(value));
}
