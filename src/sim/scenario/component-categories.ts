/**
 * The roles a component kind plays, in the palette's display order. `label` heads a palette
 * section; `role` is the singular shown on a canvas node and in the Inspector. The ids are also
 * CSS names (`category-<id>`, `--category-<id>`), so renaming one is a style change too.
 */
export const componentCategories = {
  source: { label: 'Sources', role: 'Source' },
  messaging: { label: 'Messaging & storage', role: 'Messaging' },
  processing: { label: 'Processing', role: 'Processing' },
  participant: { label: 'Saga participants', role: 'Saga participant' },
  'read-side': { label: 'Read side', role: 'Read side' },
} as const satisfies Record<string, { readonly label: string; readonly role: string }>;

export type ComponentCategory = keyof typeof componentCategories;

/** Category ids in display order (object key order is insertion order for string keys). */
export const componentCategoryOrder = Object.keys(componentCategories) as ComponentCategory[];
