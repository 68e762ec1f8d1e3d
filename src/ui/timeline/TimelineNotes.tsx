import type { SagaTimelineFeed } from '../../state/timeline/saga-timeline-feed';

interface TimelineNotesProps {
  feed: SagaTimelineFeed;
  forgotten: number;
  /** Set while following the last seconds: how many sagas were active in them. */
  followed: { seconds: number; lanes: number } | null;
}

/** Says what the lanes shown are, and honestly what the timeline could not show. */
export function TimelineNotes({ feed, forgotten, followed }: TimelineNotesProps) {
  const notes: string[] = [];
  if (followed !== null) {
    notes.push(`${followed.lanes} sagas active in the last ${followed.seconds} s.`);
  }
  if (forgotten > 0) notes.push(`${forgotten} older finished sagas are no longer shown.`);
  if (feed.skipped > 0) {
    notes.push(
      `${feed.skipped} earlier events were not available: the first lanes may be partial.`,
    );
  }
  if (feed.failure !== null) notes.push(`Reading the stored log failed: ${feed.failure}`);
  if (notes.length === 0) return null;
  return <p className="saga-timeline__notes">{notes.join(' ')}</p>;
}
