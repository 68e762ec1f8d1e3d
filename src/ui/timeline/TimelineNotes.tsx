import type { LogFollower } from '../../state/log/log-follower';

interface TimelineNotesProps {
  follower: LogFollower;
  forgotten: number;
  /** Set while following the last seconds: how many sagas were active in them. */
  followed: { seconds: number; lanes: number } | null;
}

/** Says what the lanes shown are, and honestly what the timeline could not show. */
export function TimelineNotes({ follower, forgotten, followed }: TimelineNotesProps) {
  const notes: string[] = [];
  if (followed !== null) {
    notes.push(`${followed.lanes} sagas active in the last ${followed.seconds} s.`);
  }
  if (forgotten > 0) notes.push(`${forgotten} older finished sagas are no longer shown.`);
  if (follower.skipped > 0) {
    notes.push(
      `${follower.skipped} earlier events were not available: the first lanes may be partial.`,
    );
  }
  if (follower.failure !== null) notes.push(`Reading the stored log failed: ${follower.failure}`);
  if (notes.length === 0) return null;
  return <p className="saga-timeline__notes">{notes.join(' ')}</p>;
}
