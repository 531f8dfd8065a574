import { Migration } from '@mikro-orm/migrations';

/**
 * Wakes the outbox relay from the database itself: a statement-level trigger sends one NOTIFY per
 * insert statement into outbox_message, delivered at commit like before. Writers no longer send
 * a separate `select pg_notify(...)`, one round trip less in every transaction that queues work
 * (intake spends most of its time on round trips, measured by `npm run bench`, intake part).
 * The channel name is the relay's LISTEN channel, OUTBOX_CHANNEL in libs/helpdesk.
 */
export class OutboxNotifyTriggerMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function outbox_message_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('helpdesk_outbox', '');
        return null;
      end $$;`);
    this.addSql(`create trigger outbox_message_notify after insert on outbox_message
      for each statement execute function outbox_message_notify();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists outbox_message_notify on outbox_message;`);
    this.addSql(`drop function if exists outbox_message_notify();`);
  }
}
