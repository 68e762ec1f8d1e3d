import type { SimContext } from '../../engine/sim-context';
import type { ComponentMetricsSnapshot } from '../../metrics/component-metrics';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { ParticipantComponent, type Reply } from './participant-component';
import type { ParticipantStep, StepCommandData } from './participant-steps';

type InventoryDefinition = Extract<ScenarioComponent, { kind: 'inventory' }>;

/** Units on an order's lines (lines the saga passes on from order.placed). */
function unitsOf(items: unknown): number {
  if (!Array.isArray(items)) return 0;
  let units = 0;
  for (const line of items) {
    const quantity = (line as { quantity?: unknown } | null)?.quantity;
    if (typeof quantity === 'number') units += quantity;
  }
  return units;
}

/**
 * Reserves and releases stock per order. Both are idempotent: a second reservation for an order
 * reserves nothing more and confirms again; releasing what was never reserved (or already
 * released) is a safe no-op that still answers `inventory.released`, as compensations must.
 */
export class InventoryComponent extends ParticipantComponent {
  /** Units held per order; an order leaves the map when its reservation is released. */
  private readonly reservations = new Map<string, number>();
  private unitsReserved = 0;

  constructor(ctx: SimContext, definition: InventoryDefinition) {
    super(ctx, definition, 'inventory');
  }

  protected override perform(step: ParticipantStep, data: StepCommandData): Reply[] {
    const { orderId } = data;
    if (step.step === 'reserve-inventory') {
      let units = this.reservations.get(orderId);
      if (units === undefined) {
        units = unitsOf(data.items);
        this.reservations.set(orderId, units);
        this.unitsReserved += units;
        this.metrics.count('reservations');
      } else {
        this.repeated();
      }
      return [{ type: step.definition.succeeded, data: { orderId, units } }];
    }
    const units = this.reservations.get(orderId) ?? 0;
    if (this.reservations.delete(orderId)) {
      this.unitsReserved -= units;
      this.metrics.count('releases');
    } else {
      this.metrics.count('releasesOfNothing');
    }
    return [{ type: step.definition.succeeded, data: { orderId, units } }];
  }

  override snapshot(): ComponentMetricsSnapshot {
    this.metrics.extra.unitsReserved = this.unitsReserved;
    return super.snapshot();
  }
}
