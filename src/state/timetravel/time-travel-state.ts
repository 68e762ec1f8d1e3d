import type { OrderListModel, OrderView } from '../../core/projections/order-list-projection';
import type { OrderStatisticsModel } from '../../core/projections/order-statistics-projection';

/** The read models at a past position, as the time-travel bar and the charts show them. */
export interface TimeTravelView {
  readonly position: number;
  /** Virtual time of the event at `position` (0 before the first). */
  readonly time: number;
  readonly orderList: OrderListModel;
  readonly statistics: OrderStatisticsModel;
  /** The order asked about (`orderId`) as it was then; null if not placed yet or none asked. */
  readonly orderId: string;
  readonly order: OrderView | null;
  /** Wall ms the jump took (replay from the nearest snapshot plus reading the event's time). */
  readonly jumpMs: number;
}

/** Where the scrubber is: following the live head, or held at a past position. */
export interface TimeTravelState {
  /** True while the views follow the run; false while scrubbing. */
  readonly live: boolean;
  /** The stored log's head (updated a few times a second at most). */
  readonly head: number;
  /** The position asked for (the head while live). */
  readonly position: number;
  /** The models at `position` once computed; null while live. */
  readonly view: TimeTravelView | null;
  /** A jump is being computed. */
  readonly busy: boolean;
  readonly error: string | null;
}

export const liveTimeTravel: TimeTravelState = {
  live: true,
  head: 0,
  position: 0,
  view: null,
  busy: false,
  error: null,
};
