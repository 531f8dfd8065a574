import { Platform } from '@mikro-orm/core';
import { Language } from '@app/domain';
import { Organization, StoredClassification, TicketRequest, TicketStatus } from '@app/persistence';

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

/**
 * How a view is read: the SQL expression of each of its fields, and which of them are instants.
 * The record's keys are checked against the view, so a field can be neither forgotten nor misspelt.
 */
export interface ViewColumns<T> {
  columns: Readonly<Record<keyof T, string>>;
  instants: readonly (keyof T)[];
}

export const TICKET_LIST: ViewColumns<TicketListItem> = {
  columns: {
    id: 't.id',
    // Assigned by a sequence on insert, so never null on a stored row; the entity merely allows it.
    number: 'coalesce(t.number, 0)',
    organizationId: 't.organization_id',
    subject: 't.subject',
    body: 't.body',
    language: 't.language',
    status: 't.status',
    classification: 't.classification',
    assignee: 't.assignee',
    dueAt: 't.due_at',
    createdAt: 't.created_at',
    updatedAt: 't.updated_at',
  },
  instants: ['dueAt', 'createdAt', 'updatedAt'],
};

export const REQUEST_VIEW: ViewColumns<TicketRequestView & { ticketId: string }> = {
  columns: {
    id: 'r.id',
    ticketId: 'r.ticket_id',
    kind: 'r.kind',
    decision: 'r.decision',
    reasonCode: 'r.reason_code',
    explanation: 'r.explanation',
    status: 'r.status',
    dueAt: 'r.due_at',
    duplicateOfId: 'r.duplicate_of_id',
    accessGrantedAt: 'r.access_granted_at',
    createdAt: 'r.created_at',
  },
  instants: ['dueAt', 'accessGrantedAt', 'createdAt'],
};

export const ORGANIZATION_VIEW: ViewColumns<OrganizationView> = {
  columns: {
    id: 'o.id',
    externalId: 'o.external_id',
    name: 'o.name',
    product: 'o.product',
    lastServiceDay: 'o.last_service_day',
    timezone: 'o.timezone',
    language: 'o.language',
    contactEmails: 'o.contact_emails',
  },
  instants: [],
};

/** `expr as "field", ...`: rows come back keyed by the view's own field names. */
export function selectList<T>(view: ViewColumns<T>): string {
  return entriesOf(view).map(([field, expression]) => `${expression} as "${field}"`).join(', ');
}

/** The same fields as one JSON object, for relations read inside another row. */
export function jsonObjectOf<T>(view: ViewColumns<T>): string {
  return `json_build_object(${entriesOf(view).map(([field, expression]) => `'${field}', ${expression}`).join(', ')})`;
}

function entriesOf<T>(view: ViewColumns<T>): [string, string][] {
  return Object.entries(view.columns) as [string, string][];
}

/**
 * Turns rows into views. Instants arrive as text, from a column (MikroORM sets the driver so) or
 * from JSON, and are parsed by the ORM's own platform, so a list reads exactly what an entity would.
 */
export class ViewReader {
  constructor(private readonly platform: Platform) {}

  read<T>(view: ViewColumns<T>, row: Record<string, unknown>): T {
    const read: Record<string, unknown> = { ...row };
    for (const field of view.instants) {
      const value = row[field as string];
      read[field as string] = typeof value === 'string' ? this.platform.parseDate(value) : value;
    }
    return read as T;
  }
}
