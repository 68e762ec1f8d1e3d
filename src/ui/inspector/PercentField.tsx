import type { ReactNode } from 'react';
import { percentBounds, toFraction, toPercent } from '../shared/percent';
import { NumberField } from './NumberField';
import { requireNumber } from './number-rule';

interface PercentFieldProps {
  label: string;
  /** The applied probability as the scenario keeps it (0..1). */
  fraction: number;
  disabled?: boolean;
  hint?: ReactNode;
  /** Applies the probability (0..1); returns why it was refused, or null. */
  onCommit: (fraction: number) => string | null;
}

/**
 * A probability typed, shown, checked and explained in percent, applied as the fraction the
 * scenario stores: every probability field of the Inspector is one of these.
 */
export function PercentField({ fraction, onCommit, ...field }: PercentFieldProps) {
  return (
    <NumberField
      {...field}
      value={toPercent(fraction)}
      {...percentBounds}
      unit="%"
      onCommit={requireNumber((percent) => onCommit(toFraction(percent)))}
    />
  );
}
