import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Ticket } from './ticket.entity';
import { ActorRole } from './workflow-status';

/** A message of a ticket's thread; internal notes are for agents only. */
@Entity({ tableName: 'ticket_message' })
export class TicketMessage {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Ticket)
  ticket: Ticket;

  @Enum({ items: () => ActorRole, type: 'text' })
  authorRole: ActorRole;

  @Property({ type: 'text' })
  authorId: string;

  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'boolean' })
  internal: boolean;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(init: { ticket: Ticket; authorRole: ActorRole; authorId: string; body: string; internal: boolean }) {
    this.ticket = init.ticket;
    this.authorRole = init.authorRole;
    this.authorId = init.authorId;
    this.body = init.body;
    this.internal = init.internal;
  }
}
