/**
 * Gathers single requests made by concurrent callers into one batch call: requests made while a
 * batch is running wait for it and go together in the next one, at most `maxBatch` at a time. No
 * timer: an idle coalescer starts at the end of the current turn of the event loop, so a lone
 * request goes at once and the requests of callers woken in the same turn share its batch. Under
 * load many callers share one database round trip; alone, a request waits for no one but the
 * batch already running.
 */
export class BatchCoalescer<I, O> {
  private waiting: { input: I; resolve: (output: O) => void; reject: (error: unknown) => void }[] = [];
  private running: Promise<void> | null = null;

  /** `run` answers its inputs in order, one output each; if it throws, every input of the batch fails with it. */
  constructor(
    private readonly run: (inputs: I[]) => Promise<O[]>,
    private readonly maxBatch: number,
  ) {
    if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new Error(`maxBatch must be a positive integer, got ${maxBatch}`);
  }

  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.running ??= this.drain();
    });
  }

  /** Requests waiting for a batch (not those in the batch being run). */
  get backlog(): number {
    return this.waiting.length;
  }

  /** Settles once every request submitted so far has been answered. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    try {
      do {
        // Each batch starts after the callbacks of the current turn, so the callers they woke join it.
        await new Promise<void>((turnEnded) => setImmediate(turnEnded));
        await this.runBatch(this.waiting.splice(0, this.maxBatch));
      } while (this.waiting.length > 0);
    } finally {
      this.running = null;
    }
  }

  private async runBatch(batch: typeof this.waiting): Promise<void> {
    try {
      const outputs = await this.run(batch.map((request) => request.input));
      if (outputs.length !== batch.length) throw new Error(`a batch of ${batch.length} was answered with ${outputs.length} results`);
      batch.forEach((request, i) => request.resolve(outputs[i]!));
    } catch (error) {
      for (const request of batch) request.reject(error);
    }
  }
}
