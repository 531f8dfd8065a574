import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes the agents' queue needs on a long history (measured by `npm run bench`, queue part).
 * Agents mostly look at the working set, tickets still OPEN or IN_PROGRESS: a few percent of the
 * rows. Partial indexes on that set keep "open, newest first" and "open, most urgent first" (with
 * or without a due-date bound) a short ordered range scan, where the status indexes could serve
 * only one status at a time and left PostgreSQL to sort every open ticket.
 */
export class QueueIndexesMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index ticket_open_created_idx on ticket (created_at desc, id desc)
      where status in ('OPEN', 'IN_PROGRESS');`);
    this.addSql(`create index ticket_open_urgency_idx on ticket ((coalesce(due_at, 'infinity'::timestamptz)), created_at, id)
      where status in ('OPEN', 'IN_PROGRESS');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists ticket_open_urgency_idx;`);
    this.addSql(`drop index if exists ticket_open_created_idx;`);
  }
}
