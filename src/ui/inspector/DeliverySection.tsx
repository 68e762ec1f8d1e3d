import './delivery-section.css';
import {
  type DeliverySource,
  deliveryCountOrder,
  deliveryCountsOf,
} from '../../sim/metrics/delivery-counts';
import type { ComponentKind } from '../../sim/scenario/component-kinds';
import { useEventfoldStore } from '../../state/store';
import { deliveryCountTexts } from '../shared/delivery-texts';

const count = (value: number) => Math.round(value).toLocaleString('en');

/** Nothing delivered yet: whether the kind has any delivery counts at all. */
const noCounts: DeliverySource = { received: 0, extra: {} };

/**
 * What delivery semantics did to this component's messages: delivered once, duplicates
 * (caught or applied), redeliveries after a crash, losses, drops, ignored replies, callbacks.
 * Only the counts that apply to its kind, each with one line on what it means.
 */
export function DeliverySection({ nodeId, kind }: { nodeId: string; kind: ComponentKind }) {
  const counts = useEventfoldStore((state) => state.metricsById[nodeId]?.delivery);
  if (!deliveryCountsOf(kind, noCounts)) return null;
  const titleId = `${nodeId}-delivery-title`;
  return (
    <section className="inspector-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="inspector-section__title">
        Delivery
      </h3>
      {counts ? (
        <table className="delivery-counts" aria-labelledby={titleId}>
          <tbody>
            {deliveryCountOrder.flatMap((name) => {
              const value = counts[name];
              if (value === undefined) return [];
              const text = deliveryCountTexts[name];
              return [
                <tr key={name} data-count={name}>
                  <th scope="row">
                    <span className="delivery-counts__label">{text.label}</span>
                    <span className="delivery-counts__why">{text.explanation}</span>
                  </th>
                  <td>{count(value)}</td>
                </tr>,
              ];
            })}
          </tbody>
        </table>
      ) : (
        <p className="inspector__note">Run the scenario to see what delivery did here.</p>
      )}
    </section>
  );
}
