/**
 * Gathers single requests made by concurrent jobs into one batch call: requests made while a batch
 * is running wait for it and go together in the next one. Under load many jobs share a database
 * round trip; alone, a request waits for no one but the batch already running.
 */
export class BatchCoalescer<I, O> {
  private waiting: { input: I; resolve: (output: O) => void; reject: (error: unknown) => void }[] = [];
  private running = false;

  /** `run` answers its inputs in order, one output each. */
  constructor(
    private readonly run: (inputs: I[]) => Promise<O[]>,
    private readonly maxBatch: number,
  ) {
    if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new Error(`maxBatch must be a positive integer, got ${maxBatch}`);
  }

  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (!this.running) {
        this.running = true;
        // After the callbacks of this turn of the event loop, so the jobs they woke join the batch.
        setImmediate(() => void this.next());
      }
    });
  }

  private async next(): Promise<void> {
    const batch = this.waiting.splice(0, this.maxBatch);
    try {
      const outputs = await this.run(batch.map((request) => request.input));
      if (outputs.length !== batch.length) throw new Error(`a batch of ${batch.length} was answered with ${outputs.length} results`);
      batch.forEach((request, i) => request.resolve(outputs[i]));
    } catch (error) {
      for (const request of batch) request.reject(error);
    }
    if (this.waiting.length > 0) setImmediate(() => void this.next());
    else this.running = false;
  }
}
