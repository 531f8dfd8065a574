import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { IntakeBatcher } from '@app/helpdesk';
import { createOrganization, fileTicket, TICKET_FIELDS, TicketResult } from '../support/factories';
import { GraphQLResult, Role, TestApp } from '../support/test-app';
import { ASKS, DOUBTFUL_ACCESS_TEXT, GENERAL_TEXT, sql } from './helpdesk-e2e.helpers';

const NOW = '2026-06-01T09:00:00.000Z';
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`;

interface Filing {
  token: string;
  body: string;
  subject?: string;
}

/**
 * Group commit through the real server and database. One lane, so every ticket goes through one
 * queue: the test holds an organisation's row lock, files a ticket of that organisation (its batch
 * waits on the lock), files the tickets under test while that batch is stuck, so they gather into
 * the next batch, then lets go.
 */
describe('intake batches', () => {
  let app: TestApp;
  let batcher: IntakeBatcher;

  beforeAll(async () => {
    app = await TestApp.start({ now: NOW, env: { INTAKE_BATCHES_IN_FLIGHT: '1', INTAKE_BATCH_MAX: '64' } });
    batcher = app.get<IntakeBatcher>(IntakeBatcher);
  });

  afterAll(async () => {
    await app.close();
  });

  /** Files every ticket at once and makes sure they are written as one batch; answers in filing order. */
  async function fileAsOneBatch(filings: readonly Filing[]): Promise<GraphQLResult<{ createTicket: TicketResult }>[]> {
    const holder = await createOrganization(app, { product: 'SERVER', lastServiceDay: '2027-06-30' });
    const lock = new Client({ connectionString: app.database.url });
    await lock.connect();
    try {
      await lock.query('begin');
      await lock.query('select id from organization where id = $1 for update', [holder.id]);
      const held = fileTicket(app, holder.customerToken, GENERAL_TEXT, 'Held');
      await until(async () => (await lock.query(`select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).rowCount === 1);
      const answers = filings.map((f) => app.graphql<{ createTicket: TicketResult }>(CREATE, { input: { subject: f.subject ?? 'Заявка', body: f.body } }, f.token));
      await until(async () => batcher.backlog === filings.length);
      await lock.query('commit');
      await held;
      return await Promise.all(answers);
    } finally {
      await lock.end();
    }
  }

  it('decides tickets written together exactly as if they had come one after another, duplicates included', async () => {
    const contracts = [
      { product: 'SERVER', lastServiceDay: '2026-06-30' },
      { product: 'CLOUD', lastServiceDay: '2026-06-30' },
      { product: 'CLOUD', lastServiceDay: '2026-05-15' },
    ] as const;
    const script: { org: number; body: string }[] = [
      { org: 0, body: ASKS.ru.ROOT_ACCESS },
      { org: 1, body: ASKS.ru.BACKUP_EXPORT },
      { org: 0, body: ASKS.en.ROOT_ACCESS },
      { org: 1, body: ASKS.ru.ADMIN_ACCESS },
      { org: 2, body: ASKS.ru.BACKUP_EXPORT },
      { org: 0, body: `${ASKS.ru.ADMIN_ACCESS}. ${ASKS.ru.ROOT_ACCESS}` },
      { org: 1, body: ASKS.en.BACKUP_EXPORT },
      { org: 2, body: ASKS.en.ADMIN_ACCESS },
      { org: 1, body: GENERAL_TEXT },
      { org: 0, body: DOUBTFUL_ACCESS_TEXT },
      { org: 2, body: ASKS.ru.BACKUP_EXPORT },
      { org: 1, body: ASKS.en.ADMIN_ACCESS },
      { org: 0, body: ASKS.en.BACKUP_EXPORT },
      { org: 0, body: ASKS.ru.BACKUP_EXPORT },
    ];
    const together = await Promise.all(contracts.map((c) => createOrganization(app, c)));
    const answers = await fileAsOneBatch(script.map((s) => ({ token: together[s.org]!.customerToken, body: s.body })));
    const batch = answers.map((a) => a.data!.createTicket);
    expect(await transactionsOf(batch)).toBe(1);

    // The batch's arrival order is its ticket numbers' order: replay it one ticket at a time.
    const order = script.map((_, i) => i).sort((a, b) => batch[a]!.number - batch[b]!.number);
    const apart = await Promise.all(contracts.map((c) => createOrganization(app, c)));
    const oneByOne: TicketResult[] = [];
    for (const i of order) oneByOne[i] = await fileTicket(app, apart[script[i]!.org]!.customerToken, script[i]!.body);

    expect(await outcomesOf(batch)).toEqual(await outcomesOf(oneByOne));
    expect(batch.flatMap((t) => t.requests.map((r) => r.decision))).toEqual(expect.arrayContaining(['APPROVED', 'DUPLICATE', 'REJECTED', 'NEEDS_REVIEW']));
  });

  it('answers a ticket of an unregistered organisation with its own error while the others of its batch are filed', async () => {
    const org = await createOrganization(app, { product: 'SERVER', lastServiceDay: '2027-06-30' });
    const stranger = await app.token(Role.CUSTOMER, randomUUID());
    const answers = await fileAsOneBatch([
      { token: org.customerToken, body: ASKS.ru.ROOT_ACCESS },
      { token: stranger, body: ASKS.ru.ROOT_ACCESS },
      { token: org.customerToken, body: ASKS.ru.ADMIN_ACCESS },
    ]);

    expect(answers[1]!.errors?.[0]?.extensions?.code).toBe('ORGANIZATION_NOT_REGISTERED');
    const filed = [answers[0]!, answers[2]!].map((a) => a.data!.createTicket);
    expect(filed.map((t) => t.requests[0]!.decision)).toEqual(['APPROVED', 'APPROVED']);
    expect(await transactionsOf(filed)).toBe(1);
    expect(await sql(app, 'select id from ticket where organization_id = $1', [org.id])).toHaveLength(2);
  });

  // A row the database refuses, standing in for a constraint a concurrent change could break: at
  // the insert, or only at COMMIT (a deferred check), when the writer must find out whether the
  // batch landed before writing its tickets again.
  it.each([
    ['when a row is refused', 'create trigger refuse_poison before insert on ticket for each row execute function refuse_poison()'],
    [
      'when its COMMIT fails',
      'create constraint trigger refuse_poison after insert on ticket deferrable initially deferred for each row execute function refuse_poison()',
    ],
  ])('writes the tickets of a failed batch one by one %s, so the good ones each land exactly once', async (_when, trigger) => {
    const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2027-06-30' });
    await sql(app, `create function refuse_poison() returns trigger language plpgsql as $$
      begin if new.subject = 'Poison' then raise exception 'refused'; end if; return new; end $$`);
    await sql(app, trigger);
    try {
      const subjects = ['Good 1', 'Good 2', 'Poison', 'Good 3', 'Good 4'];
      const answers = await fileAsOneBatch(subjects.map((subject, i) => ({ token: org.customerToken, subject, body: i === 1 ? ASKS.ru.BACKUP_EXPORT : ASKS.ru.ADMIN_ACCESS })));

      expect(answers[2]!.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const filed = answers.filter((_, i) => i !== 2).map((a) => a.data!.createTicket);
      const rows = await sql<{ subject: string; count: string }>(app, 'select subject, count(*) from ticket where organization_id = $1 group by subject order by subject', [org.id]);
      expect(rows).toEqual(['Good 1', 'Good 2', 'Good 3', 'Good 4'].map((subject) => ({ subject, count: '1' })));
      expect(await transactionsOf(filed)).toBe(4);
      const mails = await sql(app, `select id from notification where template = 'TICKET_RECEIVED' and organization_id = $1`, [org.id]);
      expect(mails).toHaveLength(4);
      expect(filed.map((t) => t.requests[0]!.decision).sort()).toEqual(['APPROVED', 'APPROVED', 'DUPLICATE', 'DUPLICATE']);
    } finally {
      await sql(app, 'drop trigger refuse_poison on ticket');
      await sql(app, 'drop function refuse_poison()');
    }
  });

  it('numbers tickets uniquely and in increasing order, within a batch in arrival order', async () => {
    const org = await createOrganization(app, { product: 'SERVER', lastServiceDay: '2027-06-30' });
    const before = await fileTicket(app, org.customerToken, GENERAL_TEXT);
    const batch = (await fileAsOneBatch(Array.from({ length: 20 }, (_, i) => ({ token: org.customerToken, body: `${GENERAL_TEXT} ${i}` })))).map((a) => a.data!.createTicket);
    const after = await fileTicket(app, org.customerToken, GENERAL_TEXT);

    const numbers = batch.map((t) => t.number);
    expect(new Set(numbers).size).toBe(20);
    expect(Math.min(...numbers)).toBeGreaterThan(before.number);
    expect(after.number).toBeGreaterThan(Math.max(...numbers));
    const stored = await sql<{ number: number }>(app, 'select number from ticket where id = any($1::uuid[]) order by created_at, number', [batch.map((t) => t.id)]);
    expect(stored.map((r) => r.number)).toEqual([...numbers].sort((a, b) => a - b));
  });

  /** How many transactions wrote these tickets (rows inserted by one transaction share its xmin). */
  async function transactionsOf(tickets: readonly TicketResult[]): Promise<number> {
    const rows = await sql<{ n: number }>(app, 'select count(distinct xmin::text)::int as n from ticket where id = any($1::uuid[])', [tickets.map((t) => t.id)]);
    return rows[0]!.n;
  }

  /**
   * What each ticket got, in a form that two runs can share: a duplicate names the position of the
   * ticket it duplicates, an explanation its ticket by position instead of number.
   */
  async function outcomesOf(tickets: readonly TicketResult[]): Promise<unknown[]> {
    const position = new Map<string, number>();
    tickets.forEach((t, i) => t.requests.forEach((r) => position.set(r.id, i)));
    const byNumber = new Map(tickets.map((t, i) => [`#${t.number}`, `#ticket-${i}`]));
    const mails = await sql<{ ticket_id: string; template: string }>(app, 'select ticket_id, template from notification where ticket_id = any($1::uuid[]) order by template', [tickets.map((t) => t.id)]);
    return tickets.map((t) => ({
      status: t.status,
      dueAt: t.dueAt,
      requests: t.requests.map((r) => ({
        kind: r.kind,
        decision: r.decision,
        reasonCode: r.reasonCode,
        status: r.status,
        dueAt: r.dueAt,
        duplicateOf: r.duplicateOfId === null ? null : position.get(r.duplicateOfId),
        explanation: r.explanation.replace(/#\d+/g, (n) => byNumber.get(n) ?? n),
        export: r.export && { status: r.export.status },
      })),
      mails: mails.filter((m) => m.ticket_id === t.id).map((m) => m.template),
    }));
  }
});

/** Waits for a condition the test cannot be told of directly, checking between turns of the event loop. */
async function until(condition: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setImmediate(resolve));
}
