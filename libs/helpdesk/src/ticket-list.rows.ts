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
  language: Language;
  status: TicketStatus;
  assignee: string | null;
  dueAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Read only when the page shows it (see TICKET_LIST.onDemand). */
  body?: string;
  /** Read only when the page shows it (see TICKET_LIST.onDemand). */
  classification?: StoredClassification;
}

/** What a ticket's `requests` show: an entity fits it too, so intake's fresh rows can stand in. */
export type TicketRequestView = Pick<
  TicketRequest,
  'id' | 'kind' | 'decision' | 'reasonCode' | 'explanation' | 'status' | 'dueAt' | 'duplicateOfId' | 'accessGrantedAt' | 'createdAt'
>;

/** What a ticket's `organization` shows; the write-only tenant locations are never read. */
export type OrganizationView = Pick<Organization, 'id' | 'externalId' | 'name' | 'product' | 'lastServiceDay' | 'timezone' | 'language' | 'contactEmails'>;

/** The fields a view may leave out of a row: its optional ones. */
export type OnDemandField<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
type AlwaysReadField<T> = Exclude<keyof T, OnDemandField<T>>;

/**
 * How a view is read: the SQL expression of each of its fields, and which of them are instants.
 * The records' keys are checked against the view, so a field can be neither forgotten nor misspelt,
 * and a field is read on demand exactly when the view's type lets a row go without it.
 */
export interface ViewColumns<T> {
  columns: Readonly<Record<AlwaysReadField<T>, string>>;
  /** Read only when the caller asks for them: each can run to kilobytes a row. */
  onDemand: Readonly<Record<OnDemandField<T>, string>>;
  instants: readonly (keyof T)[];
}

export const TICKET_LIST: ViewColumns<TicketListItem> = {
  columns: {
    id: 't.id',
    // Assigned by a sequence on insert, so never null on a stored row; the entity merely allows it.
    number: 'coalesce(t.number, 0)',
    organizationId: 't.organization_id',
    subject: 't.subject',
    language: 't.language',
    status: 't.status',
    assignee: 't.assignee',
    dueAt: 't.due_at',
    createdAt: 't.created_at',
    updatedAt: 't.updated_at',
  },
  // A queue page rarely shows either, and together they are most of a ticket's bytes: a body runs to
  // 20,000 characters, the classification carries every phrase the classifier acted on.
  onDemand: {
    body: 't.body',
    classification: 't.classification',
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
  onDemand: {},
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
  onDemand: {},
  instants: [],
};

/** The ticket fields a page reads only when it shows them. */
export type TicketOnDemandField = OnDemandField<TicketListItem>;
export const TICKET_ON_DEMAND_FIELDS = Object.keys(TICKET_LIST.onDemand) as TicketOnDemandField[];

/** `expr as "field", ...`: rows come back keyed by the view's own field names. */
export function selectList<T>(view: ViewColumns<T>, wanted: ReadonlySet<OnDemandField<T>> = new Set()): string {
  return entriesOf(view, wanted).map(([field, expression]) => `${expression} as "${field}"`).join(', ');
}

/** The same fields as one JSON object, for relations read inside another row. */
export function jsonObjectOf<T>(view: ViewColumns<T>): string {
  return `json_build_object(${entriesOf(view, new Set()).map(([field, expression]) => `'${field}', ${expression}`).join(', ')})`;
}

/** Every field read always, then the on-demand ones that are wanted. */
function entriesOf<T>(view: ViewColumns<T>, wanted: ReadonlySet<OnDemandField<T>>): [string, string][] {
  const onDemand = (Object.entries(view.onDemand) as [OnDemandField<T>, string][]).filter(([field]) => wanted.has(field));
  return [...Object.entries(view.columns), ...onDemand] as [string, string][];
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
