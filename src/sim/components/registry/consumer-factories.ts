import type { ComponentFactories } from './factory-types';

/** Factories for consumers, the dead-letter queue, projections and the query API. */
export const consumerFactories: ComponentFactories = {};
