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

/** createTicket over HTTP with customer tokens, one organisation per connection in turn. */
export function measureIntake(target: IntakeTarget, settings: BenchSettings['intake']): Promise<LoadFigures> {
  return runGraphQLLoad({
    url: target.url,
    connections: settings.connections,
    seconds: settings.seconds,
    tokens: target.tokens,
    operations: TICKETS.map((input) => ({ query: CREATE_TICKET, variables: { input } })),
  });
}

/** The same load against a bare Apollo Server whose createTicket returns a constant. */
export async function measureApolloBaseline(settings: BenchSettings['intake']): Promise<LoadFigures> {
  const { child, match } = await BenchChild.start('apollo-baseline', join(__dirname, 'apollo-baseline.server.js'), {
    env: { NODE_ENV: 'production' },
    ready: /listening (http:\S+)/,
  });
  try {
    return await runGraphQLLoad({
      url: match[1].replace(/\/$/, ''),
      connections: settings.connections,
      seconds: settings.seconds,
      tokens: [],
      operations: TICKETS.map((input) => ({ query: CREATE_TICKET, variables: { input } })),
    });
  } finally {
    await child.stop();
  }
}
