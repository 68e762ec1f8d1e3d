import Dexie from 'dexie';
import { DexieEventStore } from '../../src/infra/store/dexie-event-store';
import { describeEventStoreContract } from './event-store.contract';

let databases = 0;

describeEventStoreContract('Dexie (fake-indexeddb)', async () => {
  databases += 1;
  const name = `eventfold-contract-${databases}`;
  const store = await DexieEventStore.open({ name });
  return {
    store,
    dispose: async () => {
      store.close();
      await Dexie.delete(name);
    },
  };
});
