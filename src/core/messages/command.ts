/**
 * An instruction to do something (imperative, PascalCase: `PlaceOrder`); it may be refused.
 * Distinct from events, which are facts that already happened.
 */
export interface Command<TType extends string = string, TData = unknown> {
  readonly id: string;
  readonly type: TType;
  readonly time: number;
  readonly source: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly metadata: Readonly<Record<string, string>>;
  readonly data: TData;
}
