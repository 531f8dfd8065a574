import { Migration } from '@mikro-orm/migrations';

/** The helpdesk's tables. Every index here serves a query an agent screen or a worker runs. */
export class InitialMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence ticket_number_seq start 1000;`);

    this.addSql(`create table organization (
      id uuid primary key,
      external_id text not null unique,
      name text not null,
      product text null check (product in ('CLOUD', 'SERVER')),
      last_service_day date null,
      check ((product is null) = (last_service_day is null)),
      timezone text not null,
      language text not null check (language in ('ru', 'en')),
      contact_emails text[] not null,
      tenant_database_url text null,
      tenant_data_dir text null,
      contract_version integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );`);

    this.addSql(`create table ticket (
      id uuid primary key,
      number integer not null default nextval('ticket_number_seq') unique,
      organization_id uuid not null references organization (id),
      author_id text not null,
      author_email text null,
      subject text not null,
      body text not null,
      language text not null,
      status text not null check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED')),
      classification jsonb not null,
      assignee text null,
      due_at timestamptz null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );`);
    // Keyset pages, newest first, overall / by status / by organisation / by assignee; most urgent first by due date.
    this.addSql(`create index ticket_created_idx on ticket (created_at desc, id desc);`);
    this.addSql(`create index ticket_status_created_idx on ticket (status, created_at desc, id desc);`);
    this.addSql(`create index ticket_org_created_idx on ticket (organization_id, created_at desc, id desc);`);
    this.addSql(`create index ticket_assignee_created_idx on ticket (assignee, created_at desc, id desc);`);
    // Most urgent first: tickets with a due date by date, then the rest oldest first.
    this.addSql(`create index ticket_urgency_idx on ticket ((coalesce(due_at, 'infinity'::timestamptz)), created_at, id);`);
    this.addSql(`create index ticket_status_urgency_idx on ticket (status, (coalesce(due_at, 'infinity'::timestamptz)), created_at, id);`);

    this.addSql(`create table ticket_request (
      id uuid primary key,
      ticket_id uuid not null references ticket (id),
      organization_id uuid not null references organization (id),
      kind text not null check (kind in ('BACKUP_EXPORT', 'ROOT_ACCESS', 'ADMIN_ACCESS')),
      decision text not null check (decision in ('APPROVED', 'REJECTED', 'NEEDS_REVIEW', 'DUPLICATE')),
      reason_code text not null,
      explanation text not null,
      status text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'FAILED', 'CLOSED')),
      due_at timestamptz null,
      duplicate_of_id uuid null references ticket_request (id),
      decided_by text not null,
      access_granted_at timestamptz null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );`);
    this.addSql(`create index ticket_request_ticket_idx on ticket_request (ticket_id);`);
    this.addSql(`create index ticket_request_kind_ticket_idx on ticket_request (kind, decision, ticket_id);`);
    // The duplicate rule, held by the database too: one open request of a kind per organisation.
    this.addSql(`create unique index ticket_request_one_open_idx on ticket_request (organization_id, kind)
      where status in ('OPEN', 'IN_PROGRESS');`);

    this.addSql(`create table data_export (
      id uuid primary key,
      request_id uuid not null unique references ticket_request (id),
      organization_id uuid not null references organization (id),
      status text not null check (status in ('QUEUED', 'RUNNING', 'READY', 'FAILED', 'EXPIRED', 'PURGED')),
      from_backup boolean not null,
      progress jsonb null,
      attempts integer not null default 0,
      error text null,
      archive_key text null,
      size_bytes bigint null,
      sha256 text null,
      link_version integer not null default 1,
      link_expires_at timestamptz null,
      ready_at timestamptz null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );`);
    this.addSql(`create index data_export_org_status_idx on data_export (organization_id, status);`);
    this.addSql(`create index data_export_status_expiry_idx on data_export (status, link_expires_at);`);

    this.addSql(`create table download (
      id uuid primary key,
      export_id uuid not null references data_export (id),
      http_status integer not null,
      range text null,
      bytes_sent bigint not null,
      ip text null,
      user_agent text null,
      created_at timestamptz not null
    );`);
    this.addSql(`create index download_export_idx on download (export_id, created_at);`);

    this.addSql(`create table ticket_message (
      id uuid primary key,
      ticket_id uuid not null references ticket (id),
      author_role text not null,
      author_id text not null,
      body text not null,
      internal boolean not null,
      created_at timestamptz not null
    );`);
    this.addSql(`create index ticket_message_ticket_idx on ticket_message (ticket_id, created_at);`);

    this.addSql(`create table audit_event (
      id uuid primary key,
      ticket_id uuid null,
      organization_id uuid null,
      actor_role text not null,
      actor_id text not null,
      action text not null,
      data jsonb not null,
      created_at timestamptz not null
    );`);
    this.addSql(`create index audit_event_ticket_idx on audit_event (ticket_id, created_at);`);

    this.addSql(`create table outbox_message (
      id bigserial primary key,
      queue text not null,
      job_name text not null,
      job_id text not null unique,
      payload jsonb not null,
      created_at timestamptz not null,
      dispatched_at timestamptz null
    );`);
    this.addSql(`create index outbox_pending_idx on outbox_message (id) where dispatched_at is null;`);

    this.addSql(`create table notification (
      id uuid primary key,
      dedupe_key text not null unique,
      organization_id uuid not null references organization (id),
      ticket_id uuid null,
      template text not null,
      language text not null,
      data jsonb not null,
      status text not null check (status in ('PENDING', 'SENT', 'FAILED')),
      attempts integer not null default 0,
      message_id text null,
      last_error text null,
      sent_at timestamptz null,
      created_at timestamptz not null
    );`);
    this.addSql(`create index notification_pending_idx on notification (created_at) where status = 'PENDING';`);

    this.addSql(`create table labelled_example (
      id uuid primary key,
      ticket_id uuid not null,
      text text not null,
      language text not null,
      labels text[] not null,
      predicted_labels text[] not null,
      labelled_by text not null,
      created_at timestamptz not null
    );`);
  }

  override async down(): Promise<void> {
    for (const table of [
      'labelled_example', 'notification', 'outbox_message', 'audit_event', 'ticket_message', 'download',
      'data_export', 'ticket_request', 'ticket', 'organization',
    ]) {
      this.addSql(`drop table if exists ${table} cascade;`);
    }
    this.addSql(`drop sequence if exists ticket_number_seq;`);
  }
}
