import { CAPACITY_WINDOW_MS } from '../../sim/metrics/capacity-meter';
import type { ComponentKind } from '../../sim/scenario/component-kinds';
import { useEventfoldStore } from '../../state/store';
import { capacityRows, overloadText } from './capacity-rows';

/** The kinds that work off a waiting line (a bus subscription or the commands sent to them). */
const queueKinds: ReadonlySet<ComponentKind> = new Set<ComponentKind>([
  'consumer',
  'projection',
  'saga',
  'order-service',
  'inventory',
  'payment',
  'notification',
  'shipping',
]);

/**
 * A component seen as a queue, over the last seconds of virtual time: arrivals λ, service
 * capacity μ·c, utilisation ρ = λ/(μ·c), the number in the system L and the time in it W. By
 * Little's law (J. D. C. Little, Operations Research 9(3), 1961) L = λW for any stable queue, so
 * L/(λW) near 1 says the figures agree; a ρ of 1 or more is flagged with the backlog's growth.
 */
export function CapacitySection({ nodeId, kind }: { nodeId: string; kind: ComponentKind }) {
  const figures = useEventfoldStore((state) => state.metricsById[nodeId]?.capacity);
  if (!queueKinds.has(kind)) return null;
  const titleId = `${nodeId}-capacity-title`;
  const overload = figures ? overloadText(figures) : null;
  return (
    <section className="inspector-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="inspector-section__title">
        Capacity
      </h3>
      {!figures ? (
        <p className="inspector__note">
          Run the scenario to see its arrivals, capacity and time in system.
          {kind === 'projection' &&
            ' A projection that polls the Event Store is measured by its lag.'}
        </p>
      ) : (
        <>
          <dl className="inspector__facts capacity__figures" aria-labelledby={titleId}>
            {capacityRows(figures).map((row) => (
              <div key={row.label} className="capacity__row">
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
          {overload && (
            <p className="inspector__note capacity__overload" role="status">
              {overload}
            </p>
          )}
          <p className="inspector__note">
            Over the last {CAPACITY_WINDOW_MS / 1000} s of virtual time. Little’s law L = λW (Little
            1961) holds for any stable queue: L/(λW) near 1 says the figures agree.
          </p>
        </>
      )}
    </section>
  );
}
