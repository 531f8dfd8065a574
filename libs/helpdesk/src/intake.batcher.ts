import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { FiledTicket, PendingTicket } from './intake.types';
import { IntakeOutcome, IntakeWriter } from './intake.writer';

interface Waiting {
  ticket: PendingTicket;
  resolve: (filed: FiledTicket) => void;
  reject: (error: Error) => void;
}

/** Tickets of a share of the organisations, written one batch at a time in arrival order. */
interface Lane {
  waiting: Waiting[];
  writing: Promise<void> | null;
}

/**
 * Group commit for intake: tickets that arrive while a batch is being written wait together and
 * are written next, up to INTAKE_BATCH_MAX in one transaction. Organisations are spread over
 * INTAKE_BATCHES_IN_FLIGHT lanes with one batch in flight each: batches written at the same time
 * never share an organisation, so they never wait for each other's row locks, and one
 * organisation's tickets are decided in the order they arrived. No timer: an idle lane starts
 * writing at the end of the current turn of the event loop, so a lone ticket goes at once and
 * tickets read in the same turn share its transaction. Each caller is answered only after its
 * batch has committed.
 */
@Injectable()
export class IntakeBatcher implements BeforeApplicationShutdown {
  private readonly lanes: Lane[];
  private readonly batchMax: number;

  constructor(
    private readonly writer: IntakeWriter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.batchMax = config.intake.batchMax;
    this.lanes = Array.from({ length: config.intake.batchesInFlight }, () => ({ waiting: [], writing: null }));
  }

  submit(ticket: PendingTicket): Promise<FiledTicket> {
    return new Promise<FiledTicket>((resolve, reject) => {
      const lane = this.lanes[laneOf(ticket.principal.organizationId, this.lanes.length)]!;
      lane.waiting.push({ ticket, resolve, reject });
      lane.writing ??= new Promise<void>((turnEnded) => setImmediate(turnEnded)).then(() => this.drain(lane));
    });
  }

  /** Tickets waiting for a batch (not those being written). */
  get backlog(): number {
    return this.lanes.reduce((sum, lane) => sum + lane.waiting.length, 0);
  }

  /** Tickets already accepted are written before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.writing));
  }

  private async drain(lane: Lane): Promise<void> {
    try {
      while (lane.waiting.length > 0) {
        const batch = lane.waiting.splice(0, this.batchMax);
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
      lane.writing = null;
    }
  }
}

/** Organisation ids are random UUIDs: their first 32 bits spread them evenly. */
function laneOf(organizationId: string, lanes: number): number {
  return Number.parseInt(organizationId.slice(0, 8), 16) % lanes;
}
