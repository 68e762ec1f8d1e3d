import { orderListProjection } from '../../../core/projections/order-list-projection';
import { orderStatisticsProjection } from '../../../core/projections/order-statistics-projection';
import type { Projection } from '../../../core/projections/projection';
import type { ComponentConfigs } from '../../scenario/component-kinds';

export type ProjectionName = ComponentConfigs['projection']['projection'];

/** The kernel projection a Projection component runs, by its configured name. */
export const orderProjections: Readonly<Record<ProjectionName, Projection<unknown>>> = {
  'order-list': orderListProjection as Projection<unknown>,
  'order-statistics': orderStatisticsProjection as Projection<unknown>,
};
