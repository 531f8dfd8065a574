import { BatchCoalescer } from './batch-coalescer';

/** A batch function that records each call and answers when told to. */
function controlledBatches() {
  const calls: { inputs: number[]; answer: () => void; fail: (error: Error) => void }[] = [];
  const run = (inputs: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({ inputs, answer: () => resolve(inputs.map((n) => `#${n}`)), fail: reject });
    });
  return { calls, run };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Lets the event loop run until the coalescer has made `count` batch calls. */
async function batchesMade(calls: unknown[], count: number): Promise<void> {
  while (calls.length < count) await turn();
}

describe(BatchCoalescer.name, () => {
  it('answers requests made in the same turn with one batch call, each with its own result', async () => {
    const { calls, run } = controlledBatches();
    const coalescer = new BatchCoalescer(run, 10);
    const results = Promise.all([1, 2, 3].map((n) => coalescer.submit(n)));
    await turn();
    expect(calls.map((c) => c.inputs)).toEqual([[1, 2, 3]]);
    calls[0].answer();
    expect(await results).toEqual(['#1', '#2', '#3']);
  });

  it('gathers the requests made while a batch runs into the next batch', async () => {
    const { calls, run } = controlledBatches();
    const coalescer = new BatchCoalescer(run, 10);
    const first = coalescer.submit(1);
    await turn();
    const later = [coalescer.submit(2), coalescer.submit(3)];
    await turn();
    expect(calls.map((c) => c.inputs)).toEqual([[1]]);
    calls[0].answer();
    expect(await first).toBe('#1');
    await batchesMade(calls, 2);
    expect(calls.map((c) => c.inputs)).toEqual([[1], [2, 3]]);
    calls[1].answer();
    expect(await Promise.all(later)).toEqual(['#2', '#3']);
  });

  it('splits a backlog into batches of at most maxBatch', async () => {
    const { calls, run } = controlledBatches();
    const coalescer = new BatchCoalescer(run, 2);
    const results = Promise.all([1, 2, 3, 4, 5].map((n) => coalescer.submit(n)));
    for (let i = 0; i < 3; i += 1) {
      await batchesMade(calls, i + 1);
      calls[i].answer();
    }
    expect(await results).toEqual(['#1', '#2', '#3', '#4', '#5']);
    expect(calls.map((c) => c.inputs)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('rejects every request of a failed batch and still serves the next ones', async () => {
    const { calls, run } = controlledBatches();
    const coalescer = new BatchCoalescer(run, 10);
    const failed = [coalescer.submit(1), coalescer.submit(2)].map((p) => p.catch((error: Error) => error.message));
    await turn();
    calls[0].fail(new Error('connection reset'));
    expect(await Promise.all(failed)).toEqual(['connection reset', 'connection reset']);
    const next = coalescer.submit(3);
    await batchesMade(calls, 2);
    calls[1].answer();
    expect(await next).toBe('#3');
  });

  it('rejects the batch when the answer does not match the requests one for one', async () => {
    const coalescer = new BatchCoalescer<number, string>(async () => ['only one'], 10);
    await expect(Promise.all([coalescer.submit(1), coalescer.submit(2)])).rejects.toThrow('a batch of 2 was answered with 1 results');
  });

  it('counts the requests waiting behind a running batch, and settles idle() once all are answered', async () => {
    const { calls, run } = controlledBatches();
    const coalescer = new BatchCoalescer(run, 10);
    await expect(coalescer.idle()).resolves.toBeUndefined();
    const results = [coalescer.submit(1)];
    await turn();
    results.push(coalescer.submit(2), coalescer.submit(3));
    expect(coalescer.backlog).toBe(2);
    let idle = false;
    const settled = coalescer.idle().then(() => void (idle = true));
    calls[0].answer();
    await batchesMade(calls, 2);
    expect(coalescer.backlog).toBe(0);
    expect(idle).toBe(false);
    calls[1].answer();
    await settled;
    expect(await Promise.all(results)).toEqual(['#1', '#2', '#3']);
  });

  it('refuses a batch size that is not a positive integer', () => {
    expect(() => new BatchCoalescer(async (inputs: number[]) => inputs, 0)).toThrow('maxBatch must be a positive integer, got 0');
  });
});
