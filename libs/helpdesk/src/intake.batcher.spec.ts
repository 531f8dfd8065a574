import { Role } from '@app/auth';
import { AppConfig } from '@app/config';
import { Ticket } from '@app/persistence';
import { IntakeBatcher } from './intake.batcher';
import { PendingTicket } from './intake.types';
import { IntakeOutcome, IntakeWriter } from './intake.writer';

const ORG_A = '00000000-0000-4000-8000-000000000001';
const ORG_B = '00000001-0000-4000-8000-000000000002';

/** Records the batches it is given and finishes each only when the test says so. */
class HeldWriter {
  readonly batches: string[][] = [];
  private readonly release: (() => void)[] = [];

  write(batch: readonly PendingTicket[]): Promise<IntakeOutcome[]> {
    this.batches.push(batch.map((p) => p.input.subject));
    return new Promise((resolve) => {
      this.release.push(() =>
        resolve(batch.map((p) => (p.input.subject.startsWith('bad') ? { error: new Error(`refused ${p.input.subject}`) } : { filed: filedOf(p) }))),
      );
    });
  }

  finishNext(): void {
    this.release.shift()!();
  }
}

function filedOf(pending: PendingTicket): { ticket: Ticket; requests: []; exports: [] } {
  return { ticket: { subject: pending.input.subject } as Ticket, requests: [], exports: [] };
}

function pending(subject: string, organizationId = ORG_A): PendingTicket {
  return {
    principal: { role: Role.CUSTOMER, subject: 'customer', organizationId, email: null },
    input: { subject, body: subject },
    classification: { labels: [], confidence: 1, needsReview: false, language: 'en', evidence: [] } as unknown as PendingTicket['classification'],
  };
}

function batcherWith(writer: HeldWriter, intake: AppConfig['intake']): IntakeBatcher {
  return new IntakeBatcher(writer as unknown as IntakeWriter, { intake } as AppConfig);
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Lets the event loop run until the writer has been given `count` batches. */
async function batchesWritten(writer: HeldWriter, count: number): Promise<void> {
  while (writer.batches.length < count) await turn();
}

describe(IntakeBatcher.name, () => {
  it('writes a lone ticket at once, and those arriving meanwhile together in the next batch', async () => {
    const writer = new HeldWriter();
    const batcher = batcherWith(writer, { batchMax: 64, batchesInFlight: 1 });

    const first = batcher.submit(pending('one'));
    await turn();
    const later = ['two', 'three', 'four'].map((s) => batcher.submit(pending(s)));
    await turn();
    expect(writer.batches).toEqual([['one']]);
    expect(batcher.backlog).toBe(3);

    writer.finishNext();
    await expect(first).resolves.toMatchObject({ ticket: { subject: 'one' } });
    await batchesWritten(writer, 2);
    expect(writer.batches).toEqual([['one'], ['two', 'three', 'four']]);
    writer.finishNext();
    await expect(Promise.all(later)).resolves.toHaveLength(3);
  });

  it('puts tickets read in the same turn of the event loop into one batch, no more than the maximum', async () => {
    const writer = new HeldWriter();
    const batcher = batcherWith(writer, { batchMax: 2, batchesInFlight: 1 });

    const all = ['a', 'b', 'c', 'd', 'e'].map((s) => batcher.submit(pending(s)));
    for (let i = 0; i < 3; i++) {
      await batchesWritten(writer, i + 1);
      writer.finishNext();
    }
    await Promise.all(all);
    expect(writer.batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it("answers each ticket with its own outcome: one ticket's error is not its neighbours'", async () => {
    const writer = new HeldWriter();
    const batcher = batcherWith(writer, { batchMax: 64, batchesInFlight: 1 });

    const good = batcher.submit(pending('good'));
    const bad = batcher.submit(pending('bad'));
    await turn();
    writer.finishNext();

    await expect(good).resolves.toMatchObject({ ticket: { subject: 'good' } });
    await expect(bad).rejects.toThrow('refused bad');
  });

  it('writes organisations of different lanes at the same time, each lane in arrival order', async () => {
    const writer = new HeldWriter();
    const batcher = batcherWith(writer, { batchMax: 64, batchesInFlight: 2 });

    const tickets = [batcher.submit(pending('a1', ORG_A)), batcher.submit(pending('b1', ORG_B))];
    await turn();
    tickets.push(batcher.submit(pending('a2', ORG_A)), batcher.submit(pending('b2', ORG_B)));
    await turn();
    expect(writer.batches).toEqual([['a1'], ['b1']]);

    writer.finishNext();
    writer.finishNext();
    await batchesWritten(writer, 4);
    expect(writer.batches.slice(2)).toEqual([['a2'], ['b2']]);
    writer.finishNext();
    writer.finishNext();
    await expect(Promise.all(tickets)).resolves.toHaveLength(4);
  });
});
