import type { InMemoryEventStore } from '../../../core/store/in-memory-event-store';

/** Log events read per page while looking for new orders. */
const SCAN_PAGE = 1024;

/**
 * The ids of the most recently placed orders, found by reading the log forward once (each event
 * is looked at one time, whatever the query rate). A client that just placed an order and reads
 * it back is what makes a stale read visible, so queries pick among these.
 */
export class RecentOrders {
  private readonly ids: string[] = [];
  private next = 0;
  private scanned = 0;

  constructor(
    private readonly log: InMemoryEventStore,
    private readonly capacity: number,
  ) {}

  /** The remembered ids (in ring order, not by age) after reading what the log gained since. */
  current(): readonly string[] {
    const head = this.log.headPositionSync();
    while (this.scanned < head) {
      const page = this.log.readAllSync(this.scanned + 1, SCAN_PAGE);
      for (const event of page) {
        if (event.type === 'order.placed')
          this.remember((event.data as { orderId: string }).orderId);
      }
      this.scanned += page.length;
    }
    return this.ids;
  }

  private remember(orderId: string): void {
    // A ring: the slot of the oldest id is reused, so memory stays at `capacity` ids.
    if (this.ids.length < this.capacity) this.ids.push(orderId);
    else this.ids[this.next] = orderId;
    this.next = (this.next + 1) % this.capacity;
  }
}
