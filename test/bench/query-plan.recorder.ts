import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import { QueueFilter, QueueIncludes, QueueOrder, TicketQueryService } from '@app/helpdesk';
import { mikroOrmOptions } from '@app/persistence';
import { TicketLoaderFactory } from '../../apps/api/src/tickets/ticket.loaders';

export interface QueryPlan {
  sql: string;
  plan: string;
  executionMs: number;
  /**
   * Shared buffers the statement touched (hit + read). EXPLAIN sends no rows, so values moved out of
   * line (TOAST) are not fetched and not counted; the API's CPU and latency pay for those.
   */
  sharedBuffers: number;
  /** No sequential scan of a large table anywhere in the plan. */
  usesIndexes: boolean;
}

// Organisations number in the thousands: reading them whole for 50 ids is a planner's fair choice.
const LARGE_TABLES = ['ticket', 'ticket_request'];

/**
 * Runs the queue's own code (TicketQueryService and the API's loaders) in this process with
 * MikroORM's query log on, and asks PostgreSQL for the EXPLAIN ANALYZE of exactly that SQL.
 */
export class QueryPlanRecorder {
  private captured: string[] = [];

  private constructor(
    private readonly orm: MikroORM,
    private readonly pool: Pool,
  ) {}

  static async open(databaseUrl: string, pool: Pool): Promise<QueryPlanRecorder> {
    let recorder: QueryPlanRecorder | null = null;
    const orm = await MikroORM.init({
      ...mikroOrmOptions({ databaseUrl, poolSize: 2 }),
      debug: ['query', 'query-params'],
      colors: false,
      logger: (message: string) => recorder?.record(message),
    });
    recorder = new QueryPlanRecorder(orm, pool);
    return recorder;
  }

  /**
   * The SQL of one queue page, with the relations the API reads in the same statement, and of the
   * loaders that fill the relations it does not; each explained.
   */
  async explainQueue(filter: QueueFilter, order: QueueOrder, first: number, after: string | null, include: QueueIncludes): Promise<QueryPlan[]> {
    this.captured = [];
    const em = this.orm.em.fork() as EntityManager;
    const tickets = new TicketQueryService(em);
    const page = await tickets.queue(filter, order, first, after, include);
    const loaders = new TicketLoaderFactory(em, tickets).for({});
    await Promise.all([
      include.requests ? null : loaders.requestsByTicket.loadMany(page.items.map((t) => t.id)),
      include.organization ? null : loaders.organization.loadMany([...new Set(page.items.map((t) => t.organizationId))]),
    ]);
    const statements = this.captured;
    this.captured = [];
    const plans: QueryPlan[] = [];
    for (const sql of statements) plans.push(await this.explain(sql));
    return plans;
  }

  async close(): Promise<void> {
    await this.orm.close(true);
  }

  private record(message: string): void {
    // "[query] select ... [took 3 ms, 20 results]" with the parameters inlined.
    // MikroORM colours its log even with `colors: false` when it thinks the output is a terminal.
    // eslint-disable-next-line no-control-regex
    const plain = message.replace(/\u001b\[[0-9;]*m/g, '').trim();
    const match = /^\[query\] ([\s\S]*?)(?: \[took [^\]]*\])?$/.exec(plain);
    if (match && /^select /i.test(match[1])) this.captured.push(match[1]);
  }

  private async explain(sql: string): Promise<QueryPlan> {
    const result = await this.pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`);
    const plan = result.rows.map((r) => r['QUERY PLAN']).join('\n');
    const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    const sharedBuffers = sharedBuffersOf(plan);
    const seqScan = LARGE_TABLES.some((table) => new RegExp(`Seq Scan on ${table}\\b`).test(plan));
    return { sql, plan, executionMs, sharedBuffers, usesIndexes: !seqScan };
  }
}

/** The top node's "Buffers: shared hit=N read=M", which counts every node under it; planning's comes later. */
function sharedBuffersOf(plan: string): number {
  const line = /Buffers: shared ([^\n]*)/.exec(plan)?.[1] ?? '';
  const count = (kind: string) => Number(new RegExp(`${kind}=(\\d+)`).exec(line)?.[1] ?? 0);
  return count('hit') + count('read');
}
