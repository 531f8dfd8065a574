import { Role } from '@app/auth';
import { Decision, RequestKind } from '@app/domain';
import { QueueFilter, QueueIncludes, QueueOrder } from '@app/helpdesk';
import { TicketStatus } from '@app/persistence';
import { loadQueueDataset } from './bench-data';
import { BenchEnvironment } from './bench-environment';
import { BenchSettings } from './bench-settings';
import { QueryPlan, QueryPlanRecorder } from './query-plan.recorder';
import { latencySummary, timed } from './latency';
import { bodyLengths, realisticTickets } from './realistic-tickets';

const QUEUE_QUERY = `query($filter: QueueFilterInput, $order: QueueOrder, $page: PageInput) {
  queue(filter: $filter, order: $order, page: $page) {
    nodes { id number status dueAt createdAt assignee organization { id name } requests { kind decision status } }
    pageInfo { endCursor hasNextPage }
  }
}`;
/**
 * What the API reads for QUEUE_QUERY: the relations its nodes show come with the page; the body and
 * the classification, which they do not show, are not read.
 */
const QUEUE_INCLUDES: QueueIncludes = { requests: true, organization: true, fields: new Set() };

interface QueueCase {
  name: string;
  order: QueueOrder;
  /** Several variants, taken in turn, so one cached page does not stand for the whole list. */
  variants: { filter: QueueFilter; after: string | null }[];
}

export interface QueueCaseReport {
  name: string;
  p50Ms: number;
  p99Ms: number;
  /** The API process's CPU time per page: a figure the shared machine's load hardly moves. */
  apiCpuMsPerPage: number | null;
  plans: QueryPlan[];
  error?: string;
}

export interface QueueBenchReport {
  dataset: { tickets: number; organizations: number; requests: number; loadSeconds: number };
  cases: QueueCaseReport[];
}

/** The agents' queue over a large history: latency through the API and the plan of every query. */
export async function runQueueBench(settings: BenchSettings['queue'], log: (line: string) => void): Promise<QueueBenchReport> {
  const env = await BenchEnvironment.create('queue');
  try {
    log(`queue: loading ${settings.tickets} tickets across ${settings.organizations} organisations`);
    const texts = realisticTickets();
    const lengths = bodyLengths(texts);
    log(`queue: bodies of ${lengths.mean.toFixed(0)} characters on average, ${(lengths.longShare * 100).toFixed(1)}% over 1,500, the longest ${lengths.max}`);
    const dataset = await loadQueueDataset(env.pool, settings.tickets, settings.organizations, texts);
    log(`queue: loaded ${dataset.tickets} tickets and ${dataset.requests} requests in ${dataset.loadSeconds.toFixed(1)} s`);
    const cases = await queueCases(env, dataset.tickets);
    const { child: api, url } = await env.startApi();
    const token = await env.token(Role.AGENT);
    // Measured cold, the first case paid for the API's first compilation, which no other case did:
    // the same first page measured again last (100,000 tickets) had p99 28 -> 17 ms, API CPU 4.5 ->
    // 2.8 ms per page.
    const warmUpPages = await warmUp(url, token, cases, settings.pageSize);
    log(`queue: the API served ${warmUpPages} warm-up pages first, ${WARM_UP_PAGES_PER_CASE} of each case, not measured (a server runs warm all day)`);
    const recorder = await QueryPlanRecorder.open(env.databaseUrl, env.pool);
    const reports: QueueCaseReport[] = [];
    try {
      for (const queueCase of cases) {
        try {
          const variant = queueCase.variants[0];
          const plans = await recorder.explainQueue(variant.filter, queueCase.order, settings.pageSize, variant.after, QUEUE_INCLUDES);
          const { result: latency, cpuMs } = await api.cpuDuring(() => measureCase(url, token, queueCase, settings));
          // Warm-up pages are counted too: their CPU is part of the same per-page cost.
          const pages = settings.samples + Math.min(20, settings.samples);
          const apiCpuMsPerPage = cpuMs === null ? null : cpuMs / pages;
          reports.push({ name: queueCase.name, ...latency, apiCpuMsPerPage, plans });
          log(`queue ${queueCase.name}: p50 ${latency.p50Ms.toFixed(1)} ms, p99 ${latency.p99Ms.toFixed(1)} ms`);
        } catch (error) {
          // One broken list is a finding; the other lists are still measured.
          reports.push({ name: queueCase.name, p50Ms: NaN, p99Ms: NaN, apiCpuMsPerPage: null, plans: [], error: error instanceof Error ? error.message : String(error) });
          log(`queue ${queueCase.name}: FAILED ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } finally {
      await recorder.close();
    }
    return { dataset, cases: reports };
  } finally {
    await env.dispose();
  }
}

/** Pages of every case, in turn, before any is measured, so no case pays for the API's first compilation. */
const WARM_UP_PAGES_PER_CASE = 20;

/** A case that fails is left out of the warm-up; its own measurement reports the error. */
async function warmUp(url: string, token: string, cases: readonly QueueCase[], pageSize: number): Promise<number> {
  const failing = new Set<QueueCase>();
  let served = 0;
  for (let i = 0; i < WARM_UP_PAGES_PER_CASE; i += 1) {
    for (const queueCase of cases.filter((c) => !failing.has(c))) {
      await fetchPage(url, token, queueCase, i, pageSize).then(
        () => (served += 1),
        () => failing.add(queueCase),
      );
    }
  }
  return served;
}

/** One page of a case, its variants taken in turn; fails on any error answer. */
async function fetchPage(url: string, token: string, queueCase: QueueCase, i: number, pageSize: number): Promise<void> {
  const variant = queueCase.variants[i % queueCase.variants.length];
  const variables = { filter: variant.filter, order: queueCase.order, page: { first: pageSize, after: variant.after } };
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUEUE_QUERY, variables }),
  });
  const body = (await response.json()) as { data?: { queue: { nodes: unknown[] } }; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) throw new Error(`queue ${queueCase.name} failed: ${JSON.stringify(body.errors ?? response.status)}`);
}

async function measureCase(url: string, token: string, queueCase: QueueCase, settings: BenchSettings['queue']): Promise<{ p50Ms: number; p99Ms: number }> {
  const run = (i: number): Promise<number> => timed(() => fetchPage(url, token, queueCase, i, settings.pageSize));
  for (let i = 0; i < Math.min(20, settings.samples); i += 1) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < settings.samples; i += 1) samples.push(await run(i));
  const summary = latencySummary(samples);
  return { p50Ms: summary.p50, p99Ms: summary.p99 };
}

/** First page, deep pages, and the filters agents use, with values taken from the loaded data. */
async function queueCases(env: BenchEnvironment, tickets: number): Promise<QueueCase[]> {
  const deepCursors: string[] = [];
  for (const depth of [0.25, 0.5, 0.75, 0.99]) {
    const row = await env.pool.query<{ created_at: Date; id: string }>(
      `select created_at, id from ticket order by created_at desc, id desc offset $1 limit 1`,
      [Math.floor(tickets * depth)],
    );
    // The cursor as the API writes it: the order, then the sort key of the last row seen.
    for (const r of row.rows) deepCursors.push(Buffer.from(JSON.stringify([QueueOrder.NEWEST, r.created_at.toISOString(), r.id])).toString('base64url'));
  }
  const orgs = await env.pool.query<{ id: string }>(`select id from organization order by external_id limit 50`);
  const due = await env.pool.query<{ due: Date }>(`select percentile_disc(0.5) within group (order by due_at) as due from ticket where due_at is not null`);
  const dueBefore = due.rows[0]?.due ?? new Date('2030-01-01T00:00:00Z');
  const open = [TicketStatus.OPEN, TicketStatus.IN_PROGRESS];
  const plain = (filter: QueueFilter) => [{ filter, after: null }];
  return [
    { name: 'firstPage', order: QueueOrder.NEWEST, variants: plain({}) },
    { name: 'deepPage', order: QueueOrder.NEWEST, variants: deepCursors.map((after) => ({ filter: {}, after })) },
    { name: 'statusKind', order: QueueOrder.NEWEST, variants: plain({ status: [TicketStatus.OPEN], kind: [RequestKind.ROOT_ACCESS] }) },
    { name: 'openKind', order: QueueOrder.NEWEST, variants: plain({ status: open, kind: [RequestKind.ADMIN_ACCESS] }) },
    { name: 'needsReview', order: QueueOrder.NEWEST, variants: plain({ status: open, decision: [Decision.NEEDS_REVIEW] }) },
    { name: 'organization', order: QueueOrder.NEWEST, variants: orgs.rows.map((o) => ({ filter: { organizationId: o.id }, after: null })) },
    { name: 'dueDate', order: QueueOrder.MOST_URGENT, variants: plain({ status: open, dueBefore }) },
    { name: 'mostUrgent', order: QueueOrder.MOST_URGENT, variants: plain({ status: open }) },
  ];
}
