import { describe, expect, it } from 'vitest';
import { participantSimulation, repliesFor, send } from './participant-fixture';

describe('given a notification service', () => {
  it('when an order is confirmed, then an e-mail is sent as an integration event', () => {
    const sim = participantSimulation('notification');
    send(sim, 'notification', 'SendNotification', { orderId: 'o-1', userId: 'u-3' });

    const [email] = repliesFor(sim, 'notification', 'o-1');
    expect(email?.type).toBe('notification.email.sent');
    expect(email?.data).toEqual({
      orderId: 'o-1',
      userId: 'u-3',
      channel: 'email',
      template: 'order-confirmed',
    });
  });

  it('when 100 orders are notified (seed 5), then some but not all also get an SMS', () => {
    const sim = participantSimulation('notification', {}, 5);
    for (let order = 1; order <= 100; order += 1) {
      send(sim, 'notification', 'SendNotification', { orderId: `o-${order}`, userId: 'u-1' });
    }

    const sms = sim.events().filter((event) => event.type === 'notification.sms.sent');
    expect(sms.length).toBeGreaterThan(10);
    expect(sms.length).toBeLessThan(60);
    expect(sim.component('notification')?.snapshot().extra.smsSent).toBe(sms.length);
  });

  it('when the same order is notified again (a retry), then it confirms without sending again', () => {
    const sim = participantSimulation('notification');
    send(sim, 'notification', 'SendNotification', { orderId: 'o-1', userId: 'u-3' });
    const before = repliesFor(sim, 'notification', 'o-1').length;
    send(sim, 'notification', 'SendNotification', { orderId: 'o-1', userId: 'u-3' });

    const after = repliesFor(sim, 'notification', 'o-1').slice(before);
    expect(after.map((event) => event.type)).toEqual(['notification.email.sent']);
    expect(sim.component('notification')?.snapshot().extra).toMatchObject({
      emailsSent: 1,
      idempotentRepeats: 1,
    });
  });

  it('when it is told to fail, then it answers notification.failed', () => {
    const sim = participantSimulation('notification', { failNext: 1 });
    send(sim, 'notification', 'SendNotification', { orderId: 'o-1', userId: 'u-3' });

    expect(repliesFor(sim, 'notification', 'o-1').map((event) => event.type)).toEqual([
      'notification.failed',
    ]);
  });
});
