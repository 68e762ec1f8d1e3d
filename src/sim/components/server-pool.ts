/**
 * Servers sharing one FIFO waiting line: a job starts as soon as one of `servers()` is free, or
 * at once when the limit is undefined (unbounded, no waiting). The limit is read at every start,
 * so an edit applies to the next job. `serve` must call `finished` exactly once, later.
 */
export class ServerPool<TJob> {
  private readonly waiting: TJob[] = [];
  private busy = 0;

  constructor(
    private readonly servers: () => number | undefined,
    private readonly serve: (job: TJob, finished: () => void) => void,
  ) {}

  submit(job: TJob): void {
    this.waiting.push(job);
    this.startWhatFits();
  }

  private startWhatFits(): void {
    for (let limit = this.servers(); limit === undefined || this.busy < limit; ) {
      const job = this.waiting.shift();
      if (job === undefined) return;
      this.busy += 1;
      let done = false;
      this.serve(job, () => {
        if (done) return;
        done = true;
        this.busy -= 1;
        this.startWhatFits();
      });
      limit = this.servers();
    }
  }
}
