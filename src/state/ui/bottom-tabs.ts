/** The bottom panel's tabs, by id; labels and content belong to the UI layer. */
export const bottomTabIds = ['event-log', 'charts', 'saga-timeline', 'queries'] as const;

export type BottomTabId = (typeof bottomTabIds)[number];
