import type { ComponentFactories } from './factory-types';

/** Factories for the saga and its participant services (inventory, payment, shipping, notification). */
export const sagaFactories: ComponentFactories = {};
