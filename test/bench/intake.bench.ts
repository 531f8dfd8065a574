import { join } from 'node:path';
import { Role } from '@app/auth';
import { BenchChild } from './bench-child';
import { insertOrganizations } from './bench-data';
import { BenchEnvironment } from './bench-environment';
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
}

/** The load's figures, and the server's CPU time per answered request (null where it cannot be read). */
export type IntakeFigures = LoadFigures & { cpuMsPerRequest: number | null };

/** CPU time a server process spends per answered request of a load: a figure the shared machine's load barely moves. */
async function withCpuPerRequest(server: BenchChild | undefined, load: () => Promise<LoadFigures>): Promise<IntakeFigures> {
  const before = (await server?.cpuMs()) ?? null;
  const figures = await load();
  const after = (await server?.cpuMs()) ?? null;
  const cpuMsPerRequest = before !== null && after !== null && figures.ok > 0 ? (after - before) / figures.ok : null;
  return { ...figures, cpuMsPerRequest };
}

/** The API's settings that shape intake, passed on from the bench's environment to try other values. */
const INTAKE_SETTINGS = ['INTAKE_BATCH_MAX', 'INTAKE_BATCHES_IN_FLIGHT', 'DATABASE_POOL_SIZE'] as const;

/** Organisations with customer tokens, and the API in its own process. */
export async function prepareIntake(env: BenchEnvironment, settings: BenchSettings['intake']): Promise<IntakeTarget & { api: BenchChild }> {
  const orgIds = await insertOrganizations(env.pool, settings.organizations, 'intake');
  const tokens = await Promise.all(orgIds.map((id) => env.token(Role.CUSTOMER, id)));
  const passed = INTAKE_SETTINGS.flatMap((name) => (process.env[name] ? [[name, process.env[name]!] as const] : []));
  const { child, url } = await env.startApi(Object.fromEntries(passed));
  return { url, tokens, api: child };
}

/** The intake load on a server: createTicket on every connection, with a token per connection where there are any. */
function intakeLoad(url: string, tokens: string[], connections: number, seconds: number): Promise<LoadFigures> {
  return runGraphQLLoad({ url, connections, seconds, tokens, operations: TICKETS.map((input) => ({ query: CREATE_TICKET, variables: { input } })) });
}

/** The warm-up's figures are dropped; only what comes after it counts. */
async function warmedUp(url: string, tokens: string[], settings: BenchSettings['intake'], server: BenchChild | undefined): Promise<IntakeFigures> {
  if (settings.warmUpSeconds > 0) await intakeLoad(url, tokens, settings.connections, settings.warmUpSeconds);
  return withCpuPerRequest(server, () => intakeLoad(url, tokens, settings.connections, settings.seconds));
}

/**
 * createTicket over HTTP with customer tokens, one organisation per connection in turn. `warmUp`
 * false measures from the first request, as under fire, where the API is already warm.
 */
export function measureIntake(target: IntakeTarget, settings: BenchSettings['intake'], options: { warmUp: boolean } = { warmUp: true }): Promise<IntakeFigures> {
  return warmedUp(target.url, target.tokens, options.warmUp ? settings : { ...settings, warmUpSeconds: 0 }, target.api);
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
    return await warmedUp(match[1].replace(/\/graphql$|\/$/, ''), [], settings, child);
  } finally {
    await child.stop();
  }
}
