import { describe, expect, it } from 'vitest';
import { indexEveryMs, TimeTravelSession } from '../../../src/state/timetravel/time-travel-session';
import type { TimeTravelView } from '../../../src/state/timetravel/time-travel-state';
import { ManualClock, placedOrders } from '../../support/charts-fixtures';
import { MemoryLogSource } from '../../support/timetravel-log-source';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A session over a log of `count` placed orders, with the views it reports. */
async function sessionOver(count: number, running: boolean) {
  const clock = new ManualClock();
  const source = new MemoryLogSource();
  const views: TimeTravelView[] = [];
  const session = new TimeTravelSession(
    source,
    { head: () => {}, view: (view) => views.push(view), failed: () => {} },
    clock,
  );
  session.setRunning(running);
  source.append(placedOrders(count));
  await settle();
  /** Lets the index's throttle fire and its reads settle. */
  const passTime = async () => {
    clock.advance(indexEveryMs);
    for (let round = 0; round < 5; round += 1) await settle();
  };
  return { session, source, views, passTime };
}

describe('given time travel over a stored log that grows while the run goes on', () => {
  it('when the head moves during the run, then the page reads none of the log back', async () => {
    const { source, passTime } = await sessionOver(300, true);
    source.append(placedOrders(200, 301));
    await passTime();
    expect(source.reads).toBe(0);
  });

  it('when the run stops, then the index catches up in the background, and stops following once the run goes on again', async () => {
    const { session, source, passTime } = await sessionOver(300, true);
    session.setRunning(false);
    await passTime();
    expect(source.reads).toBeGreaterThan(0);
    // Running again: the index stops following the head.
    session.setRunning(true);
    const indexed = source.reads;
    source.append(placedOrders(200, 301));
    await passTime();
    expect(source.reads).toBe(indexed);
  });

  it('when a jump is asked before the index caught up, then it reads what it needs and answers', async () => {
    const { session, views, passTime } = await sessionOver(300, true);
    session.jump(120, '');
    await passTime();
    expect(views.at(-1)?.position).toBe(120);
    expect(views.at(-1)?.statistics.totalOrders).toBe(120);
  });
});
