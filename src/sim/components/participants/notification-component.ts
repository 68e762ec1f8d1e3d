import type { SimContext } from '../../engine/sim-context';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { ParticipantComponent, type Reply } from './participant-component';
import type { ParticipantStep, StepCommandData } from './participant-steps';

type NotificationDefinition = Extract<ScenarioComponent, { kind: 'notification' }>;

/** Share of orders whose user also gets an SMS (a seeded draw per order). */
const SMS_SHARE = 0.3;

/**
 * Sends the order confirmation: an e-mail (the saga's reply, an integration event) and, for
 * some orders, an SMS too. Once per order: a retried command confirms without sending again.
 */
export class NotificationComponent extends ParticipantComponent {
  private readonly notified = new Set<string>();

  constructor(ctx: SimContext, definition: NotificationDefinition) {
    super(ctx, definition, 'notification');
  }

  protected override perform(step: ParticipantStep, data: StepCommandData): Reply[] {
    const { orderId } = data;
    const userId = data.userId ?? 'unknown';
    const email: Reply = {
      type: step.definition.succeeded,
      data: { orderId, userId, channel: 'email', template: 'order-confirmed' },
    };
    if (this.notified.has(orderId)) {
      this.repeated();
      return [email];
    }
    this.notified.add(orderId);
    this.metrics.count('emailsSent');
    if (!this.random.chance(SMS_SHARE)) return [email];
    this.metrics.count('smsSent');
    const sms: Reply = {
      type: 'notification.sms.sent',
      data: { orderId, userId, channel: 'sms', template: 'order-confirmed' },
    };
    return [email, sms];
  }
}
