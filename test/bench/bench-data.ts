import { Pool, PoolClient } from 'pg';
import { RealisticTicket } from './realistic-tickets';

export interface QueueDataset {
  tickets: number;
  organizations: number;
  requests: number;
  loadSeconds: number;
}

/** Organisations with a contract on record, inserted in one statement; returns their ids in order. */
export async function insertOrganizations(pool: Pool, count: number, label: string): Promise<string[]> {
  const result = await pool.query<{ id: string }>(
    `insert into organization (id, external_id, name, product, last_service_day, timezone, language, contact_emails, created_at, updated_at)
     select gen_random_uuid(), $2 || '-' || g, 'Organisation ' || g,
            case when g % 3 = 0 then 'SERVER' else 'CLOUD' end, date '2099-06-30', 'Europe/Moscow',
            case when g % 4 = 0 then 'en' else 'ru' end, array['it-' || g || '@' || $2 || '.example.org'], now(), now()
       from generate_series(1, $1::int) g
     returning id`,
    [count, label],
  );
  return result.rows.map((r) => r.id);
}

/**
 * A large history generated inside PostgreSQL (`insert ... select generate_series`): tickets over
 * about three years, 5% still open (most of them recent), 40% with a request, each with the body and
 * classification of one of `texts` in turn. The queue's indexes are dropped for the load and built
 * again after it, as an operator would for a bulk import.
 */
export async function loadQueueDataset(pool: Pool, tickets: number, organizations: number, texts: readonly RealisticTicket[]): Promise<QueueDataset> {
  const started = performance.now();
  await insertOrganizations(pool, organizations, 'queue');
  const client = await pool.connect();
  try {
    await client.query('set synchronous_commit = off');
    await client.query(`set maintenance_work_mem = '256MB'`);
    const indexes = await secondaryIndexes(client, ['ticket', 'ticket_request']);
    for (const index of indexes) await client.query(`drop index ${index.name}`);
    await client.query(`create temporary table bench_org as select id, row_number() over (order by external_id) as n from organization where external_id like 'queue-%'`);
    await client.query(`create index on bench_org (n)`);
    await client.query(
      `insert into ticket (id, number, organization_id, author_id, author_email, subject, body, language, status, classification, assignee, due_at, created_at, updated_at)
       select gen_random_uuid(), nextval('ticket_number_seq'), o.id, 'customer-' || (g % 7), null, 'Вопрос ' || g, ($3::text[])[x.variant],
              case when g % 4 = 0 then 'en' else 'ru' end, s.status, ($4::jsonb[])[x.variant],
              case when s.status = 'IN_PROGRESS' then 'agent-' || (g % 25) end,
              case when s.status <> 'RESOLVED' and g % 10 in (1, 2) then c.at + interval '14 days' end,
              c.at, c.at
         from generate_series(1, $1::int) g
         cross join lateral (select timestamptz '2023-01-01 00:00Z' + g * interval '90 seconds' as at) c
         cross join lateral (select case
                when g > $1::int * 0.97 then case when g % 3 = 0 then 'IN_PROGRESS' else 'OPEN' end
                when g % 50 = 0 then 'OPEN'
                else 'RESOLVED' end as status) s
         cross join lateral (select (1 + (g::bigint * 104729) % cardinality($3::text[]))::int as variant) x
         join bench_org o on o.n = 1 + (g::bigint * 7919) % $2::int`,
      [tickets, organizations, texts.map((t) => t.body), texts.map((t) => t.classification)],
    );
    // Requests are settled (never OPEN/IN_PROGRESS), so the one-open-request-per-kind rule holds.
    await client.query(
      `insert into ticket_request (id, ticket_id, organization_id, kind, decision, reason_code, explanation, status, due_at, decided_by, created_at, updated_at)
       select gen_random_uuid(), t.id, t.organization_id,
              (array['BACKUP_EXPORT', 'ROOT_ACCESS', 'ADMIN_ACCESS'])[1 + t.number % 3],
              (array['APPROVED', 'APPROVED', 'REJECTED', 'REJECTED', 'DUPLICATE', 'NEEDS_REVIEW', 'APPROVED', 'REJECTED', 'APPROVED', 'REJECTED'])[1 + (t.number / 10) % 10],
              'BENCH', 'Generated for the benchmark', case when t.status = 'RESOLVED' then 'CLOSED' else 'DONE' end,
              t.due_at, 'rules', t.created_at, t.created_at
         from ticket t
        where t.number % 10 < 4`,
    );
    for (const index of indexes) await client.query(index.definition);
    await client.query('analyze organization, ticket, ticket_request');
    const counts = await client.query<{ tickets: string; requests: string }>(
      'select (select count(*) from ticket) as tickets, (select count(*) from ticket_request) as requests',
    );
    return {
      tickets: Number(counts.rows[0].tickets),
      organizations,
      requests: Number(counts.rows[0].requests),
      loadSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.query('drop table if exists bench_org').catch(() => undefined);
    client.release();
  }
}

/** Indexes that are neither the primary key nor behind a unique constraint, with the SQL to make them again. */
async function secondaryIndexes(client: PoolClient, tables: string[]): Promise<{ name: string; definition: string }[]> {
  const result = await client.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition
       from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = any($1)
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [tables],
  );
  return result.rows;
}
