import type { SliceCreator } from '../eventfold-state';
import type { EventLogSource } from '../log/event-log-source';
import { TimeTravelSession, type TimeTravelSessionEvents } from './time-travel-session';
import { liveTimeTravel, type TimeTravelState } from './time-travel-state';

export const noStoredLog = 'There is no stored log to travel through yet';

/** The time-travel scrubber: the read models at any past position of the stored log. */
export interface TimeTravelSlice {
  timeTravel: TimeTravelState;
  /** Holds the views at `position` (1..head) and pauses the run. */
  scrubTo: (position: number) => void;
  /** Back to the head: the views follow the run again. */
  goLive: () => void;
}

export const createTimeTravelSlice: SliceCreator<TimeTravelSlice> = (set, get, store) => {
  let session: TimeTravelSession | null = null;
  let source: EventLogSource | null = null;
  const update = (change: Partial<TimeTravelState>) =>
    set((state) => ({ timeTravel: { ...state.timeTravel, ...change } }));

  const events: TimeTravelSessionEvents = {
    head: (head) => {
      const { live, position } = get().timeTravel;
      update({ head, position: live ? head : Math.min(position, head) });
    },
    view: (view) => {
      if (!get().timeTravel.live) update({ view, busy: false });
    },
    failed: (reason) => update({ busy: false, error: reason }),
  };

  const jumpToCurrent = () => {
    const { timeTravel, selectedOrderId } = get();
    if (!timeTravel.live) session?.jump(timeTravel.position, selectedOrderId.trim());
  };

  // Follows the store: a new log source, a new run, Run pressed or another order selected.
  store.subscribe((state, previous) => {
    if (state.logSource !== source) {
      session?.stop();
      source = state.logSource;
      session = source ? new TimeTravelSession(source, events) : null;
      session?.setRunning(state.status === 'running');
      set({ timeTravel: liveTimeTravel });
      return;
    }
    if (state.status !== previous.status) session?.setRunning(state.status === 'running');
    if (state.runId !== previous.runId) {
      session?.restart();
      if (!state.timeTravel.live) get().goLive();
    }
    const started = state.status === 'running' && previous.status !== 'running';
    if (started && !state.timeTravel.live) get().goLive();
    if (state.selectedOrderId !== previous.selectedOrderId) jumpToCurrent();
  });

  return {
    timeTravel: liveTimeTravel,
    scrubTo: (position) => {
      const { timeTravel, engine, status } = get();
      if (!session) {
        update({ error: noStoredLog });
        return;
      }
      if (timeTravel.live || status === 'running') engine?.pause();
      const target = Math.max(1, Math.min(Math.round(position), timeTravel.head));
      update({ live: false, position: target, busy: true, error: null });
      jumpToCurrent();
    },
    goLive: () => {
      const { head } = get().timeTravel;
      set({ timeTravel: { ...liveTimeTravel, head, position: head } });
    },
  };
};
