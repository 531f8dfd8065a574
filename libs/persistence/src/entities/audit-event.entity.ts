import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { ActorRole } from './workflow-status';

/** An append-only record of who changed what; ids, not relations, so it outlives what it names. */
@Entity({ tableName: 'audit_event' })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', nullable: true })
  ticketId: string | null;

  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Enum({ items: () => ActorRole, type: 'text' })
  actorRole: ActorRole;

  @Property({ type: 'text' })
  actorId: string;

  @Property({ type: 'text' })
  action: string;

  @Property({ type: 'json' })
  data: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(init: {
    ticketId: string | null;
    organizationId: string | null;
    actorRole: ActorRole;
    actorId: string;
    action: string;
    data?: Record<string, unknown>;
    at?: Date;
  }) {
    this.ticketId = init.ticketId;
    this.organizationId = init.organizationId;
    this.actorRole = init.actorRole;
    this.actorId = init.actorId;
    this.action = init.action;
    this.data = init.data ?? {};
    if (init.at) this.createdAt = init.at;
  }
}
