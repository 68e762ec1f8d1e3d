import type { SliceCreator } from '../eventfold-state';
import type { BottomTabId } from './bottom-tabs';

export type Theme = 'light' | 'dark';

/** Presentation state: theme and which bottom tab is open. */
export interface UiSlice {
  theme: Theme;
  activeTab: BottomTabId;
  setTheme: (theme: Theme) => void;
  setActiveTab: (tab: BottomTabId) => void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  // The composition root replaces this with the stored or system preference before rendering.
  theme: 'light',
  activeTab: 'event-log',
  setTheme: (theme) => set({ theme }),
  setActiveTab: (activeTab) => set({ activeTab }),
});
