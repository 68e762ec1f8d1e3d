import type { InvariantKind } from '../../sim/analysis/invariants';

/** What each kind of warning is called in the list. */
export const warningKindLabels: Readonly<Record<InvariantKind, string>> = {
  'duplicate-applied': 'Duplicate applied',
  'compensation-without-forward': 'Compensation without forward step',
  'order-violated': 'Order violated',
};

/** `⚠ 3 warnings`, `⚠ 1 warning` or `No warnings`: the indicator's text and name. */
export function warningsSummary(total: number): string {
  if (total === 0) return 'No warnings';
  return `${total} ${total === 1 ? 'warning' : 'warnings'}`;
}
