import type { SliceCreator } from '../eventfold-state';

/** `hint` suggests what to try, `info` reports what the app did, `error` what went wrong. */
export type NoticeTone = 'hint' | 'info' | 'error';

/** A one-line message over the canvas, dismissed by the person (or after a while for `info`). */
export interface Notice {
  readonly id: number;
  /** Notices with the same key replace each other, so a repeated message never stacks. */
  readonly key: string;
  readonly tone: NoticeTone;
  readonly text: string;
}

export interface NoticesSlice {
  notices: readonly Notice[];
  /** Shows `text`, replacing any notice with the same key; returns the notice's id. */
  showNotice: (key: string, tone: NoticeTone, text: string) => number;
  dismissNotice: (id: number) => void;
  /** Removes the notice with `key`, if one is shown (its cause went away). */
  dismissNoticeByKey: (key: string) => void;
}

/** Most notices on screen at once; the oldest go first. */
export const maxNotices = 3;

let nextNoticeId = 1;

/** A notice with a fresh id (ids only need to be unique within the page). */
export function makeNotice(key: string, tone: NoticeTone, text: string): Notice {
  const id = nextNoticeId;
  nextNoticeId += 1;
  return { id, key, tone, text };
}

/** The list with `notice` added last, replacing its key and keeping at most `maxNotices`. */
export function withNotice(notices: readonly Notice[], notice: Notice): readonly Notice[] {
  return [...notices.filter((shown) => shown.key !== notice.key), notice].slice(-maxNotices);
}

export const createNoticesSlice: SliceCreator<NoticesSlice> = (set, get) => ({
  notices: [],
  showNotice: (key, tone, text) => {
    const notice = makeNotice(key, tone, text);
    set({ notices: withNotice(get().notices, notice) });
    return notice.id;
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((notice) => notice.id !== id) }),
  dismissNoticeByKey: (key) => {
    const { notices } = get();
    if (notices.some((notice) => notice.key === key)) {
      set({ notices: notices.filter((notice) => notice.key !== key) });
    }
  },
});
