import { Pool } from 'pg';
import { jobIdFor, JobName, QUEUE_OF_JOB } from '@app/queue';
import { OUTBOX_CHANNEL } from '@app/helpdesk';

/**
 * Writes `count` pending "ticket received" e-mails with their outbox rows, as intake would, in one
 * statement, and wakes the relay. They tell of the tickets already on record, in turn.
 */
export async function insertMailBurst(pool: Pool, count: number, label: string): Promise<void> {
  const jobIdPrefix = jobIdFor[JobName.SEND_NOTIFICATION]({ notificationId: '' });
  const result = await pool.query(
    `with t as (select id, organization_id, language, row_number() over (order by created_at) as n from ticket),
          total as (select count(*) as c from t),
          n as (
            insert into notification (id, dedupe_key, organization_id, ticket_id, template, language, data, status, attempts, created_at)
            select gen_random_uuid(), $2 || ':' || g, t.organization_id, t.id, 'TICKET_RECEIVED', t.language,
                   jsonb_build_object('ticketId', t.id), 'PENDING', 0, now()
              from generate_series(1, $1::int) g
              cross join total
              join t on t.n = 1 + (g - 1) % total.c
            returning id)
     insert into outbox_message (queue, job_name, job_id, payload, created_at)
     select $3, $4, $5 || n.id, jsonb_build_object('notificationId', n.id), now() from n`,
    [count, label, QUEUE_OF_JOB[JobName.SEND_NOTIFICATION], JobName.SEND_NOTIFICATION, jobIdPrefix],
  );
  if (result.rowCount !== count) throw new Error(`the mail burst needs tickets on record: wrote ${result.rowCount} of ${count}`);
  await pool.query(`select pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}

/** Marks every queued message as relayed, so a worker started now sees only the work that follows. */
export async function settleOutbox(pool: Pool): Promise<void> {
  await pool.query(`update outbox_message set dispatched_at = now() where dispatched_at is null`);
  await pool.query(`update notification set status = 'SENT', sent_at = now() where status = 'PENDING'`);
}
