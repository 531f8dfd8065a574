import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Language } from '@app/domain';
import { NotificationStatus } from './workflow-status';

/** One e-mail to send, once: `dedupeKey` names the event it tells of, `id` is its idempotency key. */
@Entity({ tableName: 'notification' })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  dedupeKey: string;

  @Property({ type: 'uuid' })
  organizationId: string;

  @Property({ type: 'uuid', nullable: true })
  ticketId: string | null;

  @Property({ type: 'text' })
  template: string;

  @Property({ type: 'text' })
  language: Language;

  @Property({ type: 'json' })
  data: Record<string, unknown>;

  @Enum({ items: () => NotificationStatus, type: 'text' })
  status: NotificationStatus = NotificationStatus.PENDING;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  messageId: string | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(init: {
    dedupeKey: string;
    organizationId: string;
    ticketId: string | null;
    template: string;
    language: Language;
    data: Record<string, unknown>;
  }) {
    this.dedupeKey = init.dedupeKey;
    this.organizationId = init.organizationId;
    this.ticketId = init.ticketId;
    this.template = init.template;
    this.language = init.language;
    this.data = init.data;
  }
}
