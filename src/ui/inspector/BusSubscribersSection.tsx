import { isFallingBehind, type SubscriberLag } from '../../sim/metrics/subscriber-lag';
import { useEventfoldStore } from '../../state/store';
import { useComponentNames } from '../charts/useComponentNames';

const count = (value: number) => Math.round(value).toLocaleString('en');
/** Whole numbers from 100 up, so the narrow Inspector fits every column. */
const rate = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** Why a row is marked: the work it is sent against the work it does, per virtual second. */
function shortfall(name: string, row: SubscriberLag): string {
  return `${name} is falling behind: ${rate(row.acceptedRate)}/s of the messages it accepts arrive, it finishes ${rate(row.handledRate)}/s with ${row.instances} instance${row.instances === 1 ? '' : 's'}.`;
}

/**
 * An Event Bus's subscribers (one consumer group each) and how far each is behind the topic's
 * head: the bus's lag is the sum of these rows (each head minus committed). Rates are per virtual second over the last few
 * seconds, so they read the same at every speed.
 */
export function BusSubscribersSection({ nodeId }: { nodeId: string }) {
  const subscribers = useEventfoldStore((state) => state.metricsById[nodeId]?.subscribers);
  const names = useComponentNames();
  const titleId = `${nodeId}-subscribers-title`;
  const behind = (subscribers ?? []).filter(isFallingBehind);
  // One topic per bus: every group reads the same head, so it is said once, above the rows.
  const head = subscribers?.[0]?.head;
  return (
    <section className="inspector-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="inspector-section__title">
        Subscribers
      </h3>
      {!subscribers || subscribers.length === 0 ? (
        <p className="inspector__note">
          {subscribers
            ? 'No subscribers connected.'
            : 'Run the scenario to see each subscriber’s lag.'}
        </p>
      ) : (
        <>
          <p className="bus-subscribers__head">
            Head offset {count(head ?? 0)} (messages on the topic, all partitions)
          </p>
          <table className="bus-subscribers" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">Subscriber</th>
                <th scope="col" title="Offsets the group has committed (all partitions)">
                  Committed
                </th>
                <th scope="col" title="Head minus committed: messages not yet committed">
                  Lag
                </th>
                <th scope="col" title="Head offsets per virtual second">
                  In/s
                </th>
                <th scope="col" title="Committed offsets per virtual second">
                  Out/s
                </th>
              </tr>
            </thead>
            <tbody>
              {subscribers.map((row) => (
                <tr
                  key={row.subscriber}
                  data-subscriber={row.subscriber}
                  className={isFallingBehind(row) ? 'is-behind' : undefined}
                >
                  <th scope="row">{names.get(row.subscriber) ?? row.subscriber}</th>
                  <td>{count(row.committed)}</td>
                  <td title={`oldest waiting ${count(row.lagMs)} ms`}>{count(row.lag)}</td>
                  <td>{rate(row.rateIn)}</td>
                  <td>{rate(row.rateOut)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {behind.map((row) => (
        <p key={row.subscriber} className="inspector__note bus-subscribers__behind" role="status">
          {shortfall(names.get(row.subscriber) ?? row.subscriber, row)}
        </p>
      ))}
    </section>
  );
}
