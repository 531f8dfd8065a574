import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Decision, ReasonCode, RequestKind } from '@app/domain';
import { Organization } from './organization.entity';
import { Ticket } from './ticket.entity';
import { RequestStatus } from './workflow-status';

/** One thing a ticket asks for, with the decision taken on it. */
@Entity({ tableName: 'ticket_request' })
export class TicketRequest {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Ticket)
  ticket: Ticket;

  @ManyToOne(() => Organization)
  organization: Organization;

  @Enum({ items: () => RequestKind, type: 'text' })
  kind: RequestKind;

  @Enum({ items: () => Decision, type: 'text' })
  decision: Decision;

  @Enum({ items: () => ReasonCode, type: 'text' })
  reasonCode: ReasonCode;

  @Property({ type: 'text' })
  explanation: string;

  @Enum({ items: () => RequestStatus, type: 'text' })
  status: RequestStatus;

  @Property({ type: 'timestamptz', nullable: true })
  dueAt: Date | null = null;

  /** For a DUPLICATE: the open request (or the finished export's request) it was linked to. */
  @Property({ type: 'uuid', nullable: true })
  duplicateOfId: string | null = null;

  /** 'system' or the agent who decided last. */
  @Property({ type: 'text' })
  decidedBy: string = 'system';

  @Property({ type: 'timestamptz', nullable: true })
  accessGrantedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(init: {
    ticket: Ticket;
    kind: RequestKind;
    decision: Decision;
    reasonCode: ReasonCode;
    explanation: string;
    status: RequestStatus;
    dueAt: Date | null;
    duplicateOfId: string | null;
  }) {
    this.ticket = init.ticket;
    this.organization = init.ticket.organization;
    this.kind = init.kind;
    this.decision = init.decision;
    this.reasonCode = init.reasonCode;
    this.explanation = init.explanation;
    this.status = init.status;
    this.dueAt = init.dueAt;
    this.duplicateOfId = init.duplicateOfId;
  }
}
