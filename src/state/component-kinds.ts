/**
 * The palette's component kinds, kept in this one file on purpose: the simulation module in
 * src/sim will own the canonical list later, and only this file then changes to re-export it.
 */
export type ComponentCategory = 'source' | 'messaging' | 'processing' | 'participant' | 'read-side';

interface ComponentKindShape {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly category: ComponentCategory;
}

export const componentKinds = [
  {
    id: 'producer',
    label: 'Producer',
    description: 'Places orders at a rate',
    category: 'source',
  },
  {
    id: 'event-bus',
    label: 'Event Bus',
    description: 'Partitioned event topic',
    category: 'messaging',
  },
  {
    id: 'event-store',
    label: 'Event Store',
    description: 'Append-only event log',
    category: 'messaging',
  },
  {
    id: 'order-service',
    label: 'Order Service',
    description: 'Handles order commands',
    category: 'processing',
  },
  {
    id: 'consumer',
    label: 'Consumer',
    description: 'Retrying event handler',
    category: 'processing',
  },
  {
    id: 'projection',
    label: 'Projection',
    description: 'Builds a read model',
    category: 'read-side',
  },
  {
    id: 'saga',
    label: 'Saga',
    description: 'Coordinates order steps',
    category: 'processing',
  },
  {
    id: 'inventory',
    label: 'Inventory',
    description: 'Reserves stock for orders',
    category: 'participant',
  },
  { id: 'payment', label: 'Payment', description: 'Charges and refunds', category: 'participant' },
  {
    id: 'shipping',
    label: 'Shipping',
    description: 'Ships confirmed orders',
    category: 'participant',
  },
  {
    id: 'notification',
    label: 'Notification',
    description: 'Sends email and SMS',
    category: 'participant',
  },
  {
    id: 'dead-letter-queue',
    label: 'Dead Letter Queue',
    description: 'Parks failed messages',
    category: 'messaging',
  },
  {
    id: 'query-api',
    label: 'Query API',
    description: 'Reads projections',
    category: 'read-side',
  },
] as const satisfies readonly ComponentKindShape[];

export type ComponentKindId = (typeof componentKinds)[number]['id'];

/** One palette entry: a kind's id, display label, one-line description and category. */
export type ComponentKind = Omit<ComponentKindShape, 'id'> & { readonly id: ComponentKindId };

/** Palette sections in display order; `role` is the singular shown on a canvas node. */
export const componentCategories: readonly {
  id: ComponentCategory;
  label: string;
  role: string;
}[] = [
  { id: 'source', label: 'Sources', role: 'Source' },
  { id: 'messaging', label: 'Messaging & storage', role: 'Messaging' },
  { id: 'processing', label: 'Processing', role: 'Processing' },
  { id: 'participant', label: 'Saga participants', role: 'Saga participant' },
  { id: 'read-side', label: 'Read side', role: 'Read side' },
];

/** The singular role name of a category, e.g. "Saga participant". */
export function componentCategoryLabel(category: ComponentCategory): string {
  return componentCategories.find((entry) => entry.id === category)?.role ?? category;
}

const kindsById = new Map<string, ComponentKind>(componentKinds.map((kind) => [kind.id, kind]));

/** True when `value` names a known component kind (e.g. data from a drag or a file). */
export function isComponentKindId(value: unknown): value is ComponentKindId {
  return typeof value === 'string' && kindsById.has(value);
}

/** The kind's palette entry; throws for an unknown id because callers hold a typed id. */
export function componentKindById(id: ComponentKindId): ComponentKind {
  const kind = kindsById.get(id);
  if (!kind) throw new Error(`Unknown component kind "${id}"`);
  return kind;
}
