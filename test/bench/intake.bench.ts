import { join } from 'node:path';
import { Pool } from 'pg';
import { Role } from '@app/auth';
import { BenchChild, processCpuMs } from './bench-child';
import { insertOrganizations } from './bench-data';
import { BenchEnvironment, settingsFromEnvironment } from './bench-environment';
import { BenchSettings } from './bench-settings';
import { LoadFigures, runGraphQLLoad } from './http-load';

const CREATE_TICKET = `mutation($input: CreateTicketInput!) {
  createTicket(input: $input) { id number status requests { kind decision reasonCode } }
}`;

/** What customers write on an ordinary day: questions for agents and access requests (approved, rejected, duplicates). */
const TICKETS = [
  { subject: 'Журнал оценок', body: 'Добрый день! У группы 11Б не открывается журнал оценок, преподаватель видит пустую страницу. Что проверить?' },
  { subject: 'Доступ администратора', body: 'Здравствуйте. Мы потеряли пароль администратора сайта, просим восстановить полный доступ администратора к Moodle.' },
  { subject: 'Course backup', body: 'Hello, how can a teacher make a backup of one course by herself? We use the course backup page but it fails.' },
  { subject: 'Root', body: 'Please give our IT department root access to the server over ssh, we need to install monitoring.' },
];

export interface IntakeTarget {
  url: string;
  tokens: string[];
  /** The API process, to read the CPU time it spends on the load. */
  api?: BenchChild;
  /** The API's database, to read the CPU time PostgreSQL spends on it. */
  database?: { pool: Pool; name: string };
}

/**
 * The load's figures, the server's CPU time per answered request, and PostgreSQL's for the API's
 * database (null where they cannot be read: a baseline has no database, a remote server no /proc).
 */
export type IntakeFigures = LoadFigures & { cpuMsPerRequest: number | null; databaseCpuMsPerRequest: number | null };

/** CPU time a server process spends per answered request of a load: a figure the shared machine's load barely moves. */
async function withCpuPerRequest(target: Pick<IntakeTarget, 'api' | 'database'>, load: () => Promise<LoadFigures>): Promise<IntakeFigures> {
  const databaseBefore = target.database ? await databaseCpuMs(target.database) : null;
  const { result: figures, cpuMs } = target.api ? await target.api.cpuDuring(load) : { result: await load(), cpuMs: null };
  const databaseAfter = target.database ? await databaseCpuMs(target.database) : null;
  const perRequest = (spent: number | null) => (spent !== null && figures.ok > 0 ? spent / figures.ok : null);
  return {
    ...figures,
    cpuMsPerRequest: perRequest(cpuMs),
    databaseCpuMsPerRequest: perRequest(databaseBefore && databaseAfter ? sumSince(databaseBefore, databaseAfter) : null),
  };
}

/**
 * CPU time of each PostgreSQL backend serving the database, by process id. The API's pool keeps
 * its connections through a load, so their backends' counters cover the load's queries; a server
 * on another machine gives null.
 */
async function databaseCpuMs(database: { pool: Pool; name: string }): Promise<Map<number, number> | null> {
  const { rows } = await database.pool.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database.name]);
  const spent = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = await processCpuMs(pid);
    if (ms === null) return null;
    spent.set(pid, ms);
  }
  return spent;
}

/** CPU spent between two readings: a backend that appeared in between counts from its start. */
function sumSince(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0);
  return sum;
}

/** The API's settings that shape intake, passed on from the bench's environment to try other values. */
const INTAKE_SETTINGS = ['INTAKE_BATCH_MAX', 'INTAKE_BATCHES_IN_FLIGHT', 'DATABASE_POOL_SIZE'] as const;

/** Organisations with customer tokens, and the API in its own process. */
export async function prepareIntake(env: BenchEnvironment, settings: BenchSettings['intake']): Promise<IntakeTarget & { api: BenchChild }> {
  const orgIds = await insertOrganizations(env.pool, settings.organizations, 'intake');
  const tokens = await Promise.all(orgIds.map((id) => env.token(Role.CUSTOMER, id)));
  const { child, url } = await env.startApi(settingsFromEnvironment(INTAKE_SETTINGS));
  return { url, tokens, api: child, database: { pool: env.pool, name: env.name } };
}

/** The intake load on a server: createTicket on every connection, with a token per connection where there are any. */
function intakeLoad(url: string, tokens: string[], connections: number, seconds: number): Promise<LoadFigures> {
  return runGraphQLLoad({ url, connections, seconds, tokens, operations: TICKETS.map((input) => ({ query: CREATE_TICKET, variables: { input } })) });
}

/** The warm-up's figures are dropped; only what comes after it counts. */
async function warmedUp(target: IntakeTarget, settings: BenchSettings['intake']): Promise<IntakeFigures> {
  const { url, tokens } = target;
  if (settings.warmUpSeconds > 0) await intakeLoad(url, tokens, settings.connections, settings.warmUpSeconds);
  return withCpuPerRequest(target, () => intakeLoad(url, tokens, settings.connections, settings.seconds));
}

/**
 * createTicket over HTTP with customer tokens, one organisation per connection in turn. `warmUp`
 * false measures from the first request, as under fire, where the API is already warm.
 */
export function measureIntake(target: IntakeTarget, settings: BenchSettings['intake'], options: { warmUp: boolean } = { warmUp: true }): Promise<IntakeFigures> {
  return warmedUp(target, options.warmUp ? settings : { ...settings, warmUpSeconds: 0 });
}

/** The servers intake is measured against, each answering createTicket with a constant in a process of its own. */
export const INTAKE_BASELINES = {
  /** A bare Apollo Server: the goal's baseline. */
  apollo: 'apollo-baseline.server.js',
  /** The API's framework (Nest, its Apollo driver, ValidationPipe) with no work: the floor the stack sets. */
  nest: 'nest-baseline.server.js',
} as const;

/** The same load against one of the constant-answering baselines. */
export async function measureBaseline(kind: keyof typeof INTAKE_BASELINES, settings: BenchSettings['intake']): Promise<IntakeFigures> {
  const { child, match } = await BenchChild.start(`${kind}-baseline`, join(__dirname, INTAKE_BASELINES[kind]), {
    env: { NODE_ENV: 'production' },
    ready: /listening (http:\S+)/,
  });
  try {
    return await warmedUp({ url: match[1].replace(/\/graphql$|\/$/, ''), tokens: [], api: child }, settings);
  } finally {
    await child.stop();
  }
}
