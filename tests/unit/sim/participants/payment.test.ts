import { describe, expect, it } from 'vitest';
import { participantSimulation, repliesFor, send } from './participant-fixture';

const answers = (sim: ReturnType<typeof participantSimulation>, orderId = 'o-1') =>
  repliesFor(sim, 'payment', orderId).map((event) => [event.type, event.data]);

describe('given a payment service', () => {
  it('when an order is charged twice, then it is charged once and both are answered payment.processed', () => {
    const sim = participantSimulation('payment');
    send(sim, 'payment', 'ProcessPayment', { orderId: 'o-1', total: 1900 });
    send(sim, 'payment', 'ProcessPayment', { orderId: 'o-1', total: 1900 });

    expect(answers(sim)).toEqual([
      ['payment.processed', { orderId: 'o-1', amount: 1900 }],
      ['payment.processed', { orderId: 'o-1', amount: 1900 }],
    ]);
    expect(sim.component('payment')?.snapshot().extra).toMatchObject({
      amountCharged: 1900,
      idempotentRepeats: 1,
    });
  });

  it('when a charge is refunded twice, then only what was charged is refunded, once', () => {
    const sim = participantSimulation('payment');
    send(sim, 'payment', 'ProcessPayment', { orderId: 'o-1', total: 1900 });
    send(sim, 'payment', 'RefundPayment', { orderId: 'o-1', total: 1900 });
    send(sim, 'payment', 'RefundPayment', { orderId: 'o-1', total: 1900 });

    expect(answers(sim).slice(1)).toEqual([
      ['payment.refunded', { orderId: 'o-1', amount: 1900 }],
      ['payment.refunded', { orderId: 'o-1', amount: 0 }],
    ]);
    expect(sim.component('payment')?.snapshot().extra.amountRefunded).toBe(1900);
  });

  it('when nothing was charged, then a refund succeeds with amount 0', () => {
    const sim = participantSimulation('payment');
    send(sim, 'payment', 'RefundPayment', { orderId: 'o-2', total: 1900 });

    expect(answers(sim, 'o-2')).toEqual([['payment.refunded', { orderId: 'o-2', amount: 0 }]]);
  });

  it('when it is told to fail, then it answers payment.failed with a retryable reason and charges nothing', () => {
    const sim = participantSimulation('payment', { failureRate: 1 });
    send(sim, 'payment', 'ProcessPayment', { orderId: 'o-1', total: 1900 });

    expect(answers(sim)).toEqual([
      ['payment.failed', { orderId: 'o-1', reason: 'Payment failed', retryable: true }],
    ]);
    expect(sim.component('payment')?.snapshot().errors).toBe(1);
    expect(sim.component('payment')?.snapshot().extra.amountCharged).toBeUndefined();
  });

  it('when it crashes while handling a command, then the command is lost and nothing is answered', () => {
    const sim = participantSimulation('payment');
    const command = sim.ctx.factory.command(
      'ProcessPayment',
      { orderId: 'o-1', total: 5 },
      {
        source: 'test',
      },
    );
    sim.component('payment')?.receiveCommand?.(command, 'test');
    sim.inject({ target: 'payment', setting: 'down', value: true, durationMs: 1 });
    sim.runUntil(10_000);

    expect(answers(sim)).toEqual([]);
    expect(sim.component('payment')?.snapshot().extra.lostInCrash).toBe(1);
  });
});
