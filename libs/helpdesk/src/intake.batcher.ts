import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { BatchCoalescer } from '@app/persistence';
import { FiledTicket, PendingTicket } from './intake.types';
import { IntakeOutcome, IntakeWriter } from './intake.writer';

/**
 * Group commit for intake: tickets that arrive while a batch is being written wait together and
 * are written next, up to INTAKE_BATCH_MAX in one transaction. Organisations are spread over
 * INTAKE_BATCHES_IN_FLIGHT lanes with one batch in flight each: batches written at the same time
 * never share an organisation, so they never wait for each other's row locks, and one
 * organisation's tickets are decided in the order they arrived. A lone ticket goes at once (see
 * BatchCoalescer), and each caller is answered only after its batch has committed.
 */
@Injectable()
export class IntakeBatcher implements BeforeApplicationShutdown {
  /** Each lane is a share of the organisations, written one batch at a time in arrival order. */
  private readonly lanes: BatchCoalescer<PendingTicket, IntakeOutcome>[];

  constructor(writer: IntakeWriter, @Inject(APP_CONFIG) config: AppConfig) {
    const { batchMax, batchesInFlight } = config.intake;
    this.lanes = Array.from({ length: batchesInFlight }, () => new BatchCoalescer((batch: PendingTicket[]) => writer.write(batch), batchMax));
  }

  async submit(ticket: PendingTicket): Promise<FiledTicket> {
    const outcome = await this.lanes[laneOf(ticket.principal.organizationId, this.lanes.length)]!.submit(ticket);
    if (outcome.filed) return outcome.filed;
    throw outcome.error;
  }

  /** Tickets waiting for a batch (not those being written). */
  get backlog(): number {
    return this.lanes.reduce((sum, lane) => sum + lane.backlog, 0);
  }

  /** Tickets already accepted are written before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.idle()));
  }
}

/** Organisation ids are random UUIDs: their first 32 bits spread them evenly. */
function laneOf(organizationId: string, lanes: number): number {
  return Number.parseInt(organizationId.slice(0, 8), 16) % lanes;
}
