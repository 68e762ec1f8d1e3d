import { InventoryComponent } from '../participants/inventory-component';
import { NotificationComponent } from '../participants/notification-component';
import { PaymentComponent } from '../participants/payment-component';
import { ShippingComponent } from '../participants/shipping-component';
import { SagaComponent } from '../saga/saga-component';
import type { ComponentFactories } from './factory-types';

/** Factories for the saga and its participant services (inventory, payment, shipping, notification). */
export const sagaFactories: ComponentFactories = {
  saga: (ctx, definition) => new SagaComponent(ctx, definition),
  inventory: (ctx, definition) => new InventoryComponent(ctx, definition),
  payment: (ctx, definition) => new PaymentComponent(ctx, definition),
  shipping: (ctx, definition) => new ShippingComponent(ctx, definition),
  notification: (ctx, definition) => new NotificationComponent(ctx, definition),
};
