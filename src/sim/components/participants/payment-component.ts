import type { SimContext } from '../../engine/sim-context';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { ParticipantComponent, type Reply } from './participant-component';
import type { ParticipantStep, StepCommandData } from './participant-steps';

type PaymentDefinition = Extract<ScenarioComponent, { kind: 'payment' }>;

/** What has been charged and refunded for one order, in minor units. */
interface Account {
  paid: boolean;
  charged: number;
  refunded: number;
}

/**
 * Charges and refunds the order total, idempotently per order: a second charge for an order
 * charges nothing more and confirms again; a refund returns only what was charged and not yet
 * refunded, so refunding nothing succeeds with amount 0.
 */
export class PaymentComponent extends ParticipantComponent {
  private readonly accounts = new Map<string, Account>();

  constructor(ctx: SimContext, definition: PaymentDefinition) {
    super(ctx, definition, 'payment');
  }

  protected override perform(step: ParticipantStep, data: StepCommandData): Reply[] {
    const { orderId } = data;
    const account = this.accounts.get(orderId) ?? { paid: false, charged: 0, refunded: 0 };
    this.accounts.set(orderId, account);
    if (step.step === 'process-payment') {
      if (account.paid) this.repeated();
      else {
        account.paid = true;
        account.charged = data.total ?? 0;
        this.metrics.count('amountCharged', account.charged);
      }
      return [{ type: step.definition.succeeded, data: { orderId, amount: account.charged } }];
    }
    const amount = account.charged - account.refunded;
    if (amount > 0) {
      account.refunded += amount;
      this.metrics.count('amountRefunded', amount);
    } else {
      this.metrics.count('refundsOfNothing');
    }
    return [{ type: step.definition.succeeded, data: { orderId, amount } }];
  }
}
