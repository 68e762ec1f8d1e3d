import { describe, expect, it } from 'vitest';
import { SimScheduler } from '../../../src/sim/scheduler/scheduler';

describe('given a scheduler with work at different virtual times', () => {
  it('when stepped, then tasks run by (time, sequence) and the clock follows them', () => {
    const scheduler = new SimScheduler();
    const ran: string[] = [];
    scheduler.at(30, () => ran.push(`c@${scheduler.now()}`));
    scheduler.at(10, () => ran.push(`a@${scheduler.now()}`));
    scheduler.at(10, () => ran.push(`b@${scheduler.now()}`));
    expect(scheduler.step()).toBe(true);
    expect(ran).toEqual(['a@10']);
    scheduler.runFor(10);
    expect(ran).toEqual(['a@10', 'b@10', 'c@30']);
    expect(scheduler.step()).toBe(false);
  });

  it('when run until a time, then only work due by then runs and the clock stops there', () => {
    const scheduler = new SimScheduler();
    const ran: number[] = [];
    for (const time of [5, 50, 500]) scheduler.at(time, () => ran.push(time));
    expect(scheduler.runUntil(100)).toBe(2);
    expect(ran).toEqual([5, 50]);
    expect(scheduler.now()).toBe(100);
    expect(scheduler.nextTime()).toBe(500);
  });

  it('when a task schedules more work for now, then it runs after work already due now', () => {
    const scheduler = new SimScheduler();
    const ran: string[] = [];
    scheduler.at(0, () => {
      ran.push('first');
      scheduler.schedule(0, () => ran.push('spawned'));
    });
    scheduler.at(0, () => ran.push('second'));
    scheduler.runUntil(0);
    expect(ran).toEqual(['first', 'second', 'spawned']);
  });

  it('when a task is scheduled in the past, then it runs now rather than moving time back', () => {
    const scheduler = new SimScheduler();
    scheduler.runUntil(1000);
    let at = -1;
    scheduler.at(10, () => {
      at = scheduler.now();
    });
    scheduler.step();
    expect(at).toBe(1000);
  });
});
