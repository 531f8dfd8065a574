import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { Role, TokenService } from '@app/auth';
import { loadConfig } from '@app/config';
import { CliArgs } from '../cli-args';
import { DEMO_ORGANIZATIONS } from './demo-organizations';
import { DEMO_TICKETS } from './demo-tickets';
import { seedDemo } from './seed-demo.command';

interface FiledTicket {
  id: string;
  number: number;
  status: string;
  language: string;
  requests: { id: string; kind: string; decision: string; reasonCode: string; explanation: string; export: { status: string; sizeBytes: number | null } | null }[];
}

const TICKET_FIELDS = 'id number status language requests { id kind decision reasonCode explanation export { status sizeBytes } }';

/**
 * The product end to end on this machine: API and worker as child processes on the local
 * PostgreSQL and Redis, the demo organisations, example tickets, the decisions, the export.
 */
export async function runDemo(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const args = CliArgs.parse(argv, ['keep-running', 'exit']);
  const config = loadConfig();
  const organizations = await seedDemo();
  await forgetEarlierDemoTickets(config.databaseUrl, DEMO_ORGANIZATIONS.map((o) => o.externalId));
  out.write(`Demo organisations:\n${organizations.map((o) => `  ${o.scenario.padEnd(16)} ${o.product.padEnd(6)} last day ${o.lastServiceDay} (${o.timezone})  ${o.name}`).join('\n')}\n\n`);

  const children = [startChild('api', 'dist/apps/api/src/main.js'), startChild('worker', 'dist/apps/worker/src/main.js')];
  const stop = async (): Promise<void> => {
    await Promise.all(children.map(async (child) => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    }));
  };
  try {
    const base = `http://127.0.0.1:${config.port}`;
    await waitForHealth(base, children);
    const tokens = new TokenService(config.jwt);
    const filed: FiledTicket[] = [];
    for (const ticket of DEMO_TICKETS) {
      const org = organizations.find((o) => o.scenario === ticket.scenario);
      if (!org) continue;
      const token = await tokens.sign({ role: Role.CUSTOMER, subject: `demo-${ticket.scenario}`, organizationId: org.id, email: null });
      const data = await graphql<{ createTicket: FiledTicket }>(base, token, `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`, { input: { subject: ticket.subject, body: ticket.body } });
      filed.push(data.createTicket);
      out.write(`#${data.createTicket.number} [${ticket.scenario}] «${ticket.subject}» → ${data.createTicket.status}\n`);
      for (const r of data.createTicket.requests) out.write(`    ${r.kind.padEnd(14)} ${r.decision.padEnd(12)} ${r.reasonCode}\n      ${r.explanation.replace(/\n/g, '\n      ')}\n`);
      if (data.createTicket.requests.length === 0) out.write('    (a general question: goes to the agents\' queue)\n');
    }

    const exportTicket = filed.find((t) => t.requests.some((r) => r.kind === 'BACKUP_EXPORT' && r.decision === 'APPROVED'));
    if (exportTicket) {
      const agent = await tokens.sign({ role: Role.AGENT, subject: 'demo-agent', email: null });
      const ready = await waitForExport(base, agent, exportTicket.id);
      out.write(`\nExport for ticket #${exportTicket.number}: ${ready ? `${ready.status}, ${ready.sizeBytes ?? 0} bytes` : 'still running after 60 s'}\n`);
      out.write(config.smtpUrl ? `E-mails were sent through ${new URL(config.smtpUrl).host}.\n` : `E-mails (with the download link) are in ${resolve(config.mailOutboxDir)} as .eml files.\n`);
    }
    const keep = args.flag('keep-running') || (!args.flag('exit') && process.stdout.isTTY === true);
    if (keep) {
      out.write(`\nAPI at ${base}/graphql; press Ctrl+C to stop.\n`);
      await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM'), ...children.map((c) => once(c, 'exit'))]);
    }
    return 0;
  } finally {
    await stop();
  }
}

function startChild(name: string, script: string): ChildProcess {
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk.toString()}`));
  return child;
}

async function waitForHealth(base: string, children: ChildProcess[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const dead = children.find((c) => c.exitCode !== null);
    if (dead) throw new Error(`a demo process exited with code ${dead.exitCode}; see its messages above`);
    const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer at ${base}/health within 30 s`);
}

async function waitForExport(base: string, token: string, ticketId: string): Promise<{ status: string; sizeBytes: number | null } | null> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const data = await graphql<{ ticket: FiledTicket }>(base, token, `query($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`, { id: ticketId });
    const found = data.ticket.requests.find((r) => r.kind === 'BACKUP_EXPORT')?.export;
    if (found && (found.status === 'READY' || found.status === 'FAILED')) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
  return null;
}

async function graphql<T>(base: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`);
  return body.data;
}

/** The demo starts from a clean slate each run: earlier demo tickets would make every request a duplicate. */
async function forgetEarlierDemoTickets(databaseUrl: string, externalIds: string[]): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    const orgs = `(select id from organization where external_id = any($1))`;
    await client.query(`delete from download where export_id in (select id from data_export where organization_id in ${orgs})`, [externalIds]);
    await client.query(`delete from data_export where organization_id in ${orgs}`, [externalIds]);
    await client.query(`delete from ticket_message where ticket_id in (select id from ticket where organization_id in ${orgs})`, [externalIds]);
    await client.query(`update ticket_request set duplicate_of_id = null where organization_id in ${orgs}`, [externalIds]);
    await client.query(`delete from ticket_request where organization_id in ${orgs}`, [externalIds]);
    await client.query(`delete from notification where organization_id in ${orgs}`, [externalIds]);
    await client.query(`delete from audit_event where ticket_id in (select id from ticket where organization_id in ${orgs})`, [externalIds]);
    await client.query(`delete from ticket where organization_id in ${orgs}`, [externalIds]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    await client.end();
  }
}
