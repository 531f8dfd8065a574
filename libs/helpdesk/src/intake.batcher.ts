import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { FiledTicket, PendingTicket } from './intake.types';
import { IntakeOutcome, IntakeWriter } from './intake.writer';

interface Waiting {
  ticket: PendingTicket;
  resolve: (filed: FiledTicket) => void;
  reject: (error: Error) => void;
}

/**
 * Group commit for intake: tickets that arrive while batches are being written wait together and
 * are written next, up to INTAKE_BATCH_MAX in one transaction, with at most
 * INTAKE_BATCHES_IN_FLIGHT transactions at a time. No timer: a batch starts at the end of the
 * current turn of the event loop, so a lone ticket goes at once and tickets whose requests were
 * read in the same turn share its transaction. Each caller is answered only after its batch has
 * committed.
 */
@Injectable()
export class IntakeBatcher implements BeforeApplicationShutdown {
  private readonly waiting: Waiting[] = [];
  private readonly writing = new Set<Promise<void>>();
  private scheduled = false;
  private readonly batchMax: number;
  private readonly inFlightMax: number;

  constructor(
    private readonly writer: IntakeWriter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.batchMax = config.intake.batchMax;
    this.inFlightMax = config.intake.batchesInFlight;
  }

  submit(ticket: PendingTicket): Promise<FiledTicket> {
    return new Promise<FiledTicket>((resolve, reject) => {
      this.waiting.push({ ticket, resolve, reject });
      this.schedule();
    });
  }

  /** Tickets waiting for a batch (not those being written). */
  get backlog(): number {
    return this.waiting.length;
  }

  /** Tickets already accepted into a batch are written before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    while (this.writing.size > 0) await Promise.all(this.writing);
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0 || this.writing.size >= this.inFlightMax) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.start();
    });
  }

  private start(): void {
    while (this.waiting.length > 0 && this.writing.size < this.inFlightMax) {
      const batch = this.waiting.splice(0, this.batchMax);
      const written: Promise<void> = this.write(batch).finally(() => {
        this.writing.delete(written);
        this.start();
      });
      this.writing.add(written);
    }
  }

  private async write(batch: readonly Waiting[]): Promise<void> {
    const outcomes = await this.writer.write(batch.map((w) => w.ticket)).catch((error: unknown): IntakeOutcome[] => {
      const failure = error instanceof Error ? error : new Error(String(error));
      return batch.map(() => ({ error: failure }));
    });
    batch.forEach((waiting, i) => {
      const outcome = outcomes[i]!;
      if (outcome.filed) waiting.resolve(outcome.filed);
      else waiting.reject(outcome.error);
    });
  }
}
