/**
 * When a host publishes a snapshot: on every tick while nothing runs, and on the tick after a
 * change a person must see (a command, a new subscriber); while the run goes on, at most once
 * per `minIntervalMs` of wall time, the skipped ticks' events riding in the next snapshot.
 */
export class SnapshotPacer {
  private due = true;
  private lastWallMs: number | null = null;

  constructor(private readonly minIntervalMs: number) {}

  /** Publish on the next tick, whatever the interval says. */
  markDue(): void {
    this.due = true;
  }

  /** Whether the tick at `wallMs` publishes (`forced`: it has something that must go out). */
  shouldPublish(wallMs: number, running: boolean, forced: boolean): boolean {
    const publish =
      !running ||
      forced ||
      this.due ||
      this.lastWallMs === null ||
      wallMs - this.lastWallMs >= this.minIntervalMs;
    if (publish) {
      this.due = false;
      this.lastWallMs = wallMs;
    }
    return publish;
  }
}
