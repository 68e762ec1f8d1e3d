import '../canvas/live-tokens.css';
import './notices.css';
import { memo, useEffect } from 'react';
import { useEventfoldStore } from '../../state/store';
import type { Notice } from '../../state/ui/notices-slice';
import { Icon } from '../shared/Icon';

/** How long an `info` notice stays; hints and errors stay until dismissed. */
export const infoNoticeMs = 8000;

interface NoticeItemProps {
  notice: Notice;
  onDismiss: (id: number) => void;
}

const NoticeItem = memo(function NoticeItem({ notice, onDismiss }: NoticeItemProps) {
  useEffect(() => {
    if (notice.tone !== 'info') return;
    const timer = setTimeout(() => onDismiss(notice.id), infoNoticeMs);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);

  return (
    <div
      className={`notice notice--${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : undefined}
    >
      <span className="notice__text">{notice.text}</span>
      <button
        type="button"
        className="notice__dismiss"
        aria-label="Dismiss"
        title="Dismiss"
        onClick={() => onDismiss(notice.id)}
      >
        <Icon size={14}>
          <path d="M6 6l12 12M18 6L6 18" />
        </Icon>
      </button>
    </div>
  );
});

/** One-line messages over the canvas: a first-visit hint, what a canvas edit did, errors. */
export function Notices() {
  const notices = useEventfoldStore((state) => state.notices);
  const dismiss = useEventfoldStore((state) => state.dismissNotice);
  return (
    <section aria-label="Notices" className="notices">
      {/* The live region stays mounted, so screen readers announce notices as they appear. */}
      <div aria-live="polite" className="notices__list">
        {notices.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} onDismiss={dismiss} />
        ))}
      </div>
    </section>
  );
}
