import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Language, RequestKind } from '@app/domain';
import { Organization } from './organization.entity';
import { TicketStatus } from './workflow-status';

/** What the classifier read in a ticket, kept so an agent can see why. */
export interface StoredClassification {
  labels: RequestKind[];
  confidence: number;
  needsReview: boolean;
  language: Language;
  evidence: { label: RequestKind; phrase: string; rule: string; effect: string }[];
  version: string;
}

@Entity({ tableName: 'ticket' })
export class Ticket {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Human-facing number for e-mails and phone calls; assigned by a database sequence. */
  @Property({ type: 'integer', defaultRaw: `nextval('ticket_number_seq')`, nullable: true })
  number?: number;

  @ManyToOne(() => Organization)
  organization: Organization;

  @Property({ type: 'text' })
  authorId: string;

  @Property({ type: 'text', nullable: true })
  authorEmail: string | null;

  @Property({ type: 'text' })
  subject: string;

  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'text' })
  language: Language;

  @Enum({ items: () => TicketStatus, type: 'text' })
  status: TicketStatus = TicketStatus.OPEN;

  @Property({ type: 'json' })
  classification: StoredClassification;

  @Property({ type: 'text', nullable: true })
  assignee: string | null = null;

  /** The earliest due date of its open requests, kept here so the queue can sort on one index. */
  @Property({ type: 'timestamptz', nullable: true })
  dueAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(init: {
    organization: Organization;
    authorId: string;
    authorEmail: string | null;
    subject: string;
    body: string;
    language: Language;
    classification: StoredClassification;
  }) {
    this.organization = init.organization;
    this.authorId = init.authorId;
    this.authorEmail = init.authorEmail;
    this.subject = init.subject;
    this.body = init.body;
    this.language = init.language;
    this.classification = init.classification;
  }
}
