/** The time-travel scrubber over the global position (being built: renders nothing yet). */
export function TimeTravelBar() {
  return null;
}
