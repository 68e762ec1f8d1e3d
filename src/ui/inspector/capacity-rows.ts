import { mmc } from '../../sim/analysis/queueing-models';
import type { CapacityFigures } from '../../sim/metrics/capacity-figures';

/** One line of the Capacity section: the quantity, its symbol, its value as text. */
export interface CapacityRow {
  readonly label: string;
  readonly value: string;
}

/** Whole numbers from 100 up, one decimal below, so the narrow Inspector fits. */
const perSecond = (value: number) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)}/s`;
const amount = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(2));
const duration = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;

/** Service capacity as μ x c = total, or why there is none to speak of. */
function capacityText(figures: CapacityFigures): string {
  if (figures.servers === null) return 'unbounded (each message starts at once)';
  if (figures.capacity === null) return 'not measured yet (nothing finished)';
  const instances = `${figures.servers} instance${figures.servers === 1 ? '' : 's'}`;
  return `${perSecond(figures.serviceRate)} x ${instances} = ${perSecond(figures.capacity)}`;
}

/**
 * What the M/M/c queue (Erlang C) predicts at the measured λ, μ and c, or null when it cannot
 * (unbounded, unmeasured or unstable): the yardstick for Poisson arrivals and exponential service.
 */
function theoryText(figures: CapacityFigures): string | null {
  const { arrivalRate, serviceRate, servers, utilisation } = figures;
  if (servers === null || utilisation === null || utilisation >= 1 || arrivalRate <= 0) return null;
  const theory = mmc(arrivalRate, serviceRate, servers);
  return `L ${amount(theory.inSystem)}, W ${duration(theory.timeInSystem * 1000)}`;
}

/** λ, μ·c, ρ, L, W and L/(λW), in that order, then the M/M/c prediction when there is one. */
export function capacityRows(figures: CapacityFigures): CapacityRow[] {
  const theory = theoryText(figures);
  const rows: CapacityRow[] = [
    { label: 'Arrivals λ', value: perSecond(figures.arrivalRate) },
    { label: 'Capacity μ·c', value: capacityText(figures) },
    {
      label: 'Utilisation ρ',
      value: figures.utilisation === null ? 'n/a' : `${(figures.utilisation * 100).toFixed(0)}%`,
    },
    { label: 'In system L', value: amount(figures.inSystem) },
    { label: 'Time in system W', value: duration(figures.timeInSystemMs) },
    {
      label: 'Little L/(λW)',
      value: figures.littleRatio === null ? 'n/a' : figures.littleRatio.toFixed(2),
    },
  ];
  return theory === null ? rows : [...rows, { label: 'M/M/c predicts', value: theory }];
}

/** The overload flag's sentence, or null while ρ < 1. */
export function overloadText(figures: CapacityFigures): string | null {
  const { overload, capacity } = figures;
  if (!overload || capacity === null) return null;
  return (
    `Overloaded (ρ ≥ 1): the backlog grows ${perSecond(overload.growthPerSecond)}; ` +
    `once arrivals stop, its ${figures.backlog.toLocaleString('en')} messages drain in ` +
    `${duration(overload.drainSeconds * 1000)} at ${perSecond(capacity)}.`
  );
}
