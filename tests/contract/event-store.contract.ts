import { afterEach, beforeEach, describe } from 'vitest';
import type { EventStore } from '../../src/core/store/event-store';
import { describeAppendContract } from './contract-append';
import { describeConcurrencyContract } from './contract-concurrency';
import { describeIdempotencyContract } from './contract-idempotency';
import { describeReadContract } from './contract-read';
import { describeSubscriptionContract } from './contract-subscription';
import type { MakeStore, StoreFixture } from './contract-support';

export type { MakeStore, StoreFixture } from './contract-support';

/**
 * The EventStore port's contract (src/core/store/event-store.ts), run against every store:
 * each runner file calls this with a factory that yields a fresh, empty store per test.
 */
export function describeEventStoreContract(name: string, makeStore: MakeStore): void {
  describe(`EventStore contract: ${name}`, () => {
    let fixture: StoreFixture | undefined;
    const store = (): EventStore => {
      if (!fixture) throw new Error('The store fixture was not created');
      return fixture.store;
    };

    beforeEach(async () => {
      fixture = await makeStore();
    });

    afterEach(async () => {
      await fixture?.dispose();
      fixture = undefined;
    });

    describeAppendContract(store);
    describeIdempotencyContract(store);
    describeConcurrencyContract(store);
    describeReadContract(store);
    describeSubscriptionContract(store);
  });
}
