/**
 * Group commit: callers submit one item each and wait for its own result, while the work runs
 * in batches. When no batch is in flight an item goes at once (no added latency when idle);
 * while `maxInFlight` batches run, new items gather and leave together in the next one. So under
 * load N concurrent requests cost one round trip to Postgres/Redis instead of N, and each caller
 * still learns its own outcome before it answers (nothing is acknowledged before it is stored).
 */
export class GroupCommit<I, O> {
  private queue: { item: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;

  constructor(
    /** Processes a batch; returns one result per item, in order. A throw fails the whole batch. */
    private readonly process: (items: I[]) => Promise<O[]>,
    private readonly opts: { maxBatch: number; maxInFlight: number } = {
      maxBatch: 200,
      maxInFlight: 2,
    },
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.opts.maxInFlight && this.queue.length) {
      const batch = this.queue.splice(0, this.opts.maxBatch);
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async run(batch: typeof this.queue): Promise<void> {
    try {
      const results = await this.process(batch.map((b) => b.item));
      batch.forEach((b, i) => b.resolve(results[i]));
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }
}
