import type { SliceCreator } from '../eventfold-state';
import type { BottomTabId } from './bottom-tabs';
import { clampPanelShare, type PanelShare } from './panel-share';

export type Theme = 'light' | 'dark';

/**
 * Presentation state: theme, which bottom tab is open, how tall the bottom panel is and whether
 * the Help dialog is open (its `?` key is an action, and actions act through the store).
 */
export interface UiSlice {
  theme: Theme;
  activeTab: BottomTabId;
  /** The bottom panel's share of the window height; null = the default layout. */
  bottomPanelShare: PanelShare;
  helpOpen: boolean;
  setTheme: (theme: Theme) => void;
  setActiveTab: (tab: BottomTabId) => void;
  setBottomPanelShare: (share: PanelShare) => void;
  setHelpOpen: (open: boolean) => void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  // The composition root replaces this with the stored or system preference before rendering.
  theme: 'light',
  activeTab: 'event-log',
  bottomPanelShare: null,
  helpOpen: false,
  setTheme: (theme) => set({ theme }),
  setActiveTab: (activeTab) => set({ activeTab }),
  setBottomPanelShare: (share) =>
    set({ bottomPanelShare: share === null ? null : clampPanelShare(share) }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
});
