/**
 * Where a problem is in an imported file: a 1-based line (NDJSON, our JSON batches, CSV
 * records by their first line), or a 0-based index in a JSON array laid out another way.
 */
export type ImportLocation =
  | { readonly line: number; readonly index?: number }
  | { readonly index: number; readonly line?: undefined }
  | { readonly file: true };

/** One reason a file is refused, precise enough to find and fix it. */
export interface ImportProblem {
  readonly at: ImportLocation;
  /** The attribute or column (`type`, `data.__proto__`), when one is to blame. */
  readonly field?: string;
  readonly message: string;
}

/** A file-level problem (size, format, empty). */
export function fileProblem(message: string): ImportProblem {
  return { at: { file: true }, message };
}

/** `line 3 (event [2]), field "type": must be ...`: the form every refusal is shown in. */
export function formatProblem(problem: ImportProblem): string {
  const at = problem.at;
  let where = 'file';
  if ('line' in at && at.line !== undefined) {
    where = `line ${at.line}${at.index === undefined ? '' : ` (event [${at.index}])`}`;
  } else if ('index' in at && at.index !== undefined) where = `event [${at.index}]`;
  const field = problem.field === undefined ? '' : `, field "${problem.field}"`;
  return `${where}${field}: ${problem.message}`;
}

/** Raised inside a parse to stop at the first problem; caught at the parse's entry point. */
export class ImportRefusal extends Error {
  constructor(readonly problem: ImportProblem) {
    super(formatProblem(problem));
    this.name = 'ImportRefusal';
  }
}
