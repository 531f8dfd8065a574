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
 * Group commit for intake: tickets that arrive while a batch is being written wait together and
 * are written next, up to INTAKE_BATCH_MAX in one transaction. No timer: an idle batcher starts
 * writing at the end of the current turn of the event loop, so a lone ticket goes at once and
 * tickets whose requests were read in the same turn share its transaction. Each caller is
 * answered only after its batch has committed.
 */
@Injectable()
export class IntakeBatcher implements BeforeApplicationShutdown {
  private readonly waiting: Waiting[] = [];
  private draining: Promise<void> | null = null;
  private readonly max: number;

  constructor(
    private readonly writer: IntakeWriter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.max = config.intake.batchMax;
  }

  submit(ticket: PendingTicket): Promise<FiledTicket> {
    return new Promise<FiledTicket>((resolve, reject) => {
      this.waiting.push({ ticket, resolve, reject });
      this.draining ??= new Promise<void>((started) => setImmediate(started)).then(() => this.drain());
    });
  }

  /** Tickets waiting for a batch (not those being written). */
  get backlog(): number {
    return this.waiting.length;
  }

  /** Tickets already accepted into a batch are written before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.max);
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
    } finally {
      this.draining = null;
    }
  }
}
