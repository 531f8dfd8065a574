import { Migration } from '@mikro-orm/migrations';

/**
 * What the time-driven duties did, held once by unique keys: a reminder per organisation,
 * milestone and contract version, a backup purge per organisation and contract version. Two
 * workers racing on the same instant meet at these keys and only one of them acts.
 */
export class DutiesMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table duty_reminder (
      id uuid primary key,
      organization_id uuid not null references organization (id),
      milestone text not null check (milestone in ('END_IN_30_DAYS', 'END_IN_7_DAYS', 'END_IN_1_DAY', 'PURGE_IN_7_DAYS')),
      contract_version integer not null,
      deadline timestamptz not null,
      notification_id uuid null,
      created_at timestamptz not null,
      constraint duty_reminder_once unique (organization_id, milestone, contract_version)
    );`);

    this.addSql(`create table backup_purge (
      id uuid primary key,
      organization_id uuid not null references organization (id),
      contract_version integer not null,
      purge_at timestamptz not null,
      purged_export_ids jsonb not null,
      spared_export_ids jsonb not null,
      created_at timestamptz not null,
      constraint backup_purge_once unique (organization_id, contract_version)
    );`);

    // The duties look for contracts whose dates fall near the instant they run for.
    this.addSql(`create index organization_service_day_idx on organization (last_service_day) where product is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists organization_service_day_idx;`);
    this.addSql(`drop table if exists backup_purge;`);
    this.addSql(`drop table if exists duty_reminder;`);
  }
}
