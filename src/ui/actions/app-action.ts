import type { EventfoldState } from '../../state/eventfold-state';
import type { TransferState } from '../../state/transfer/transfer-store';
import type { Shortcut } from './shortcut';

/**
 * What an action reads: the app's store and the transfer store. Transfers keep their own store
 * (progress ticks must not re-render the canvas), and Export's items depend on both.
 */
export type ActionRead<T> = (state: EventfoldState, transfer: TransferState) => T;

/** The toolbar menus; an action names the one it appears in, and that menu is its title. */
export type MenuName = 'Scenario' | 'Export' | 'Chaos';

/** What an action tells the person it did, for a menu that announces results (Chaos). */
export interface ActionReport {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * One thing a person can do from a toolbar button, a menu item or a key. Buttons, menu items
 * and the key handler all read the same entry, so a shortcut and the title that announces it
 * cannot drift apart.
 */
export interface AppAction {
  /** The visible text of its button or menu item (and so its accessible name). */
  readonly label: string;
  /** The title when it is more than the label; the shortcut is added to it. */
  readonly description?: string;
  /** Keys that perform it; empty for actions reached only by pointer or menu. */
  readonly shortcuts: readonly Shortcut[];
  /** The menu it is an item of, in table order; none for toolbar buttons and keys. */
  readonly menu?: MenuName;
  readonly enabled: ActionRead<boolean>;
  /** Why it waits, where that is worth saying instead of the usual title. */
  readonly unavailableReason?: ActionRead<string | null>;
  /** Present for an on/off setting: its item is a menu checkbox that stays open when toggled. */
  readonly checked?: ActionRead<boolean>;
  /** Whether its menu item exists at all now (an option that means nothing yet is left out). */
  readonly shown?: ActionRead<boolean>;
  /** Does it; a report, when there is one, is what its menu announces. */
  // biome-ignore lint/suspicious/noConfusingVoidType: most perform a store command that returns void; only Chaos reports.
  readonly perform: (state: EventfoldState, transfer: TransferState) => ActionReport | void;
}

/** Enabled exactly when there is no reason to wait, so the two cannot disagree. */
export const availableUnless = (reason: ActionRead<string | null>) =>
  ({
    enabled: (state, transfer) => reason(state, transfer) === null,
    unavailableReason: reason,
  }) satisfies Pick<AppAction, 'enabled' | 'unavailableReason'>;
