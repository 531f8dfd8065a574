import { Platform } from '@mikro-orm/core';
import { Decision, Language, ReasonCode, RequestKind } from '@app/domain';
import { Organization, RequestStatus, StoredClassification, TicketRequest, TicketStatus } from '@app/persistence';

/**
 * A ticket as a list shows it, read as plain columns. A page of 50 entities cost the API more CPU
 * in MikroORM's hydration, identity map and change tracking than PostgreSQL spent finding them;
 * a list never changes what it reads, so it needs none of that.
 */
export interface TicketListItem {
  id: string;
  number: number;
  organizationId: string;
  subject: string;
  body: string;
  language: Language;
  status: TicketStatus;
  classification: StoredClassification;
  assignee: string | null;
  dueAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What a ticket's `requests` show: an entity fits it too, so intake's fresh rows can stand in. */
export type TicketRequestView = Pick<
  TicketRequest,
  'id' | 'kind' | 'decision' | 'reasonCode' | 'explanation' | 'status' | 'dueAt' | 'duplicateOfId' | 'accessGrantedAt' | 'createdAt'
>;

/** What a ticket's `organization` shows; the write-only tenant locations are never read. */
export type OrganizationView = Pick<Organization, 'id' | 'externalId' | 'name' | 'product' | 'lastServiceDay' | 'timezone' | 'language' | 'contactEmails'>;

export const TICKET_LIST_COLUMNS =
  't.id, t.number, t.organization_id, t.subject, t.body, t.language, t.status, t.classification, t.assignee, t.due_at, t.created_at, t.updated_at';

export interface TicketListRow {
  id: string;
  number: number | null;
  organization_id: string;
  subject: string;
  body: string;
  language: Language;
  status: TicketStatus;
  classification: StoredClassification;
  assignee: string | null;
  due_at: string | null;
  created_at: string;
  updated_at: string;
}

export const REQUEST_VIEW_COLUMNS =
  'r.id, r.ticket_id, r.kind, r.decision, r.reason_code, r.explanation, r.status, r.due_at, r.duplicate_of_id, r.access_granted_at, r.created_at';

export interface RequestViewRow {
  id: string;
  ticket_id: string;
  kind: RequestKind;
  decision: Decision;
  reason_code: ReasonCode;
  explanation: string;
  status: RequestStatus;
  due_at: string | null;
  duplicate_of_id: string | null;
  access_granted_at: string | null;
  created_at: string;
}

export const ORGANIZATION_VIEW_COLUMNS = 'o.id, o.external_id, o.name, o.product, o.last_service_day, o.timezone, o.language, o.contact_emails';

export interface OrganizationViewRow {
  id: string;
  external_id: string;
  name: string;
  product: OrganizationView['product'];
  last_service_day: string | null;
  timezone: string;
  language: Language;
  contact_emails: string[];
}

/**
 * Turns rows into views. Timestamps arrive as PostgreSQL text (MikroORM sets the driver so) and are
 * parsed by the ORM's own platform, so a list reads exactly the instants an entity would.
 */
export class TicketRowReader {
  constructor(private readonly platform: Platform) {}

  ticket(row: TicketListRow): TicketListItem {
    return {
      id: row.id,
      number: row.number ?? 0,
      organizationId: row.organization_id,
      subject: row.subject,
      body: row.body,
      language: row.language,
      status: row.status,
      classification: row.classification,
      assignee: row.assignee,
      dueAt: this.instantOrNull(row.due_at),
      createdAt: this.instant(row.created_at),
      updatedAt: this.instant(row.updated_at),
    };
  }

  request(row: RequestViewRow): TicketRequestView & { ticketId: string } {
    return {
      id: row.id,
      ticketId: row.ticket_id,
      kind: row.kind,
      decision: row.decision,
      reasonCode: row.reason_code,
      explanation: row.explanation,
      status: row.status,
      dueAt: this.instantOrNull(row.due_at),
      duplicateOfId: row.duplicate_of_id,
      accessGrantedAt: this.instantOrNull(row.access_granted_at),
      createdAt: this.instant(row.created_at),
    };
  }

  organization(row: OrganizationViewRow): OrganizationView {
    return {
      id: row.id,
      externalId: row.external_id,
      name: row.name,
      product: row.product,
      lastServiceDay: row.last_service_day,
      timezone: row.timezone,
      language: row.language,
      contactEmails: row.contact_emails,
    };
  }

  private instant(value: string): Date {
    return this.platform.parseDate(value);
  }

  private instantOrNull(value: string | null): Date | null {
    return value === null ? null : this.platform.parseDate(value);
  }
}
