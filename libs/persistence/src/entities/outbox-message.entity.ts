import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Work to hand to the queue, written in the same transaction as the change that caused it.
 * The relay moves it to BullMQ; `jobId` is the BullMQ job id, so relaying twice enqueues once.
 */
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  queue: string;

  @Property({ type: 'text' })
  jobName: string;

  @Property({ type: 'text', unique: true })
  jobId: string;

  @Property({ type: 'json' })
  payload: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null = null;

  constructor(init: { queue: string; jobName: string; jobId: string; payload: Record<string, unknown> }) {
    this.queue = init.queue;
    this.jobName = init.jobName;
    this.jobId = init.jobId;
    this.payload = init.payload;
  }
}
