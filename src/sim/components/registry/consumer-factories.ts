import { ConsumerComponent } from '../consumer/consumer-component';
import { DeadLetterQueueComponent } from '../dlq/dead-letter-queue-component';
import { ProjectionComponent } from '../read-side/projection-component';
import { QueryApiComponent } from '../read-side/query-api-component';
import type { ComponentFactories } from './factory-types';

/** Factories for consumers, the dead-letter queue, projections and the query API. */
export const consumerFactories: ComponentFactories = {
  consumer: (ctx, definition) => new ConsumerComponent(ctx, definition),
  'dead-letter-queue': (ctx, definition) => new DeadLetterQueueComponent(ctx, definition),
  projection: (ctx, definition) => new ProjectionComponent(ctx, definition),
  'query-api': (ctx, definition) => new QueryApiComponent(ctx, definition),
};
