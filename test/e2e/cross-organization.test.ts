import { randomUUID } from 'node:crypto';
import { TokenService } from '@app/auth';
import { createOrganization, fileTicket, OrganizationFixture, TicketResult } from '../support/factories';
import { GraphQLResult, Role, TestApp } from '../support/test-app';
import { ASKS, DAY_MS, shift, sql } from './helpdesk-e2e.helpers';

const NOW = '2026-06-01T09:00:00.000Z';

/** Every operation a customer may call that names an id of something another organisation could own. */
const CUSTOMER_OPERATIONS: [string, string, (ids: Ids) => Record<string, unknown>][] = [
  ['ticket', `query($id: ID!) { ticket(id: $id) { id subject body } }`, (ids) => ({ id: ids.ticketId })],
  ['organization', `query($id: ID!) { organization(id: $id) { id name contactEmails } }`, (ids) => ({ id: ids.organizationId })],
  [
    'replyToTicket',
    `mutation($input: ReplyInput!) { replyToTicket(input: $input) { id } }`,
    (ids) => ({ input: { ticketId: ids.ticketId, body: 'Чужая заявка' } }),
  ],
  ['renewDownloadLink', `mutation($id: ID!) { renewDownloadLink(exportId: $id) { url expiresAt } }`, (ids) => ({ id: ids.exportId })],
];

interface Ids {
  ticketId: string;
  organizationId: string;
  exportId: string;
}

/** Agent and admin operations, each with arguments that would be valid for staff. */
const STAFF_OPERATIONS: [string, string, (ids: Ids & { requestId: string }) => Record<string, unknown>][] = [
  ['queue', `query { queue { nodes { id } } }`, () => ({})],
  ['assignTicket', `mutation($id: ID!) { assignTicket(ticketId: $id, assignee: "me") { id } }`, (ids) => ({ id: ids.ticketId })],
  [
    'reclassifyTicket',
    `mutation($input: ReclassifyInput!) { reclassifyTicket(input: $input) { id } }`,
    (ids) => ({ input: { ticketId: ids.ticketId, labels: ['ROOT_ACCESS'] } }),
  ],
  [
    'overrideDecision',
    `mutation($input: OverrideDecisionInput!) { overrideDecision(input: $input) { id } }`,
    (ids) => ({ input: { requestId: ids.requestId, decision: 'APPROVED', comment: 'одобряю сам себе' } }),
  ],
  ['markAccessGranted', `mutation($id: ID!) { markAccessGranted(requestId: $id) { id } }`, (ids) => ({ id: ids.requestId })],
  ['resolveTicket', `mutation($id: ID!) { resolveTicket(ticketId: $id) { id } }`, (ids) => ({ id: ids.ticketId })],
  ['reopenTicket', `mutation($id: ID!) { reopenTicket(ticketId: $id) { id } }`, (ids) => ({ id: ids.ticketId })],
  ['revokeDownloadLinks', `mutation($id: ID!) { revokeDownloadLinks(exportId: $id) }`, (ids) => ({ id: ids.exportId })],
  [
    'upsertOrganization',
    `mutation($input: UpsertOrganizationInput!) { upsertOrganization(input: $input) { id } }`,
    () => ({ input: { externalId: 'x-1', name: 'X', product: 'CLOUD', lastServiceDay: '2027-01-01', contactEmails: ['x@example.org'] } }),
  ],
];

describe('organisations are walled off from each other', () => {
  let app: TestApp;
  let mine: OrganizationFixture;
  let theirs: OrganizationFixture;
  let myTicket: TicketResult;
  let theirTicket: TicketResult;
  let theirIds: Ids & { requestId: string };
  let missingIds: Ids & { requestId: string };

  beforeAll(async () => {
    app = await TestApp.start({ now: NOW });
    mine = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2026-12-31' });
    theirs = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2026-12-31' });
    myTicket = await fileTicket(app, mine.customerToken, ASKS.ru.ROOT_ACCESS);
    theirTicket = await fileTicket(app, theirs.customerToken, ASKS.ru.BACKUP_EXPORT);
    // Their export, finished, so renewing it would succeed for them.
    const exportId = theirTicket.requests[0]!.export!.id;
    await sql(app, `update data_export set status = 'READY', link_expires_at = $2 where id = $1`, [exportId, shift(NOW, 5 * DAY_MS)]);
    theirIds = { ticketId: theirTicket.id, organizationId: theirs.id, exportId, requestId: theirTicket.requests[0]!.id };
    missingIds = { ticketId: randomUUID(), organizationId: randomUUID(), exportId: randomUUID(), requestId: randomUUID() };
  });

  afterAll(async () => {
    await app.close();
  });

  describe.each(CUSTOMER_OPERATIONS)('%s', (_name, query, variables) => {
    it("answers for another organisation's id exactly as for an id that does not exist", async () => {
      const foreign = await app.graphql(query, variables(theirIds), mine.customerToken);
      const missing = await app.graphql(query, variables(missingIds), mine.customerToken);

      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(foreign).toEqual(missing);
    });

    it('answers for an id that is not an id at all without saying more', async () => {
      const result = await app.graphql(query, variables({ ticketId: 'not-a-uuid', organizationId: 'not-a-uuid', exportId: 'not-a-uuid' }), mine.customerToken);
      expect(result.status).toBeLessThan(500);
      expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(result.errors?.[0]?.extensions?.code);
    });
  });

  it('leaves the other organisation untouched by the refused calls', async () => {
    for (const [, query, variables] of CUSTOMER_OPERATIONS) await app.graphql(query, variables(theirIds), mine.customerToken);
    expect(await sql(app, 'select id from ticket_message where ticket_id = $1', [theirTicket.id])).toEqual([]);
    const links = await sql<{ link_expires_at: Date }>(app, 'select link_expires_at from data_export where id = $1', [theirIds.exportId]);
    expect(links[0]!.link_expires_at.toISOString()).toBe(shift(NOW, 5 * DAY_MS));
  });

  it("lists only the customer's own organisation's tickets", async () => {
    const data = await app.ok<{ myTickets: { nodes: { id: string }[] } }>(`query { myTickets { nodes { id } } }`, {}, mine.customerToken);
    expect(data.myTickets.nodes.map((n) => n.id)).toEqual([myTicket.id]);
  });

  it('lets the customer read its own ticket and organisation', async () => {
    const data = await app.ok<{ ticket: { id: string; organization: { id: string } }; organization: { id: string } }>(
      `query($t: ID!, $o: ID!) { ticket(id: $t) { id organization { id } } organization(id: $o) { id } }`,
      { t: myTicket.id, o: mine.id },
      mine.customerToken,
    );
    expect(data).toEqual({ ticket: { id: myTicket.id, organization: { id: mine.id } }, organization: { id: mine.id } });
  });

  it("keeps an export's failure reason, which quotes the dump tools, from the customer", async () => {
    const reason = 'pg_dump: error: connection to server at "10.0.0.5", port 5432 failed: FATAL: database "tenant_42" does not exist';
    await sql(app, `update data_export set error = $2 where id = $1`, [theirIds.exportId, reason]);
    const query = `query($id: ID!) { ticket(id: $id) { requests { export { id error } } } }`;

    const customer = await app.ok<{ ticket: { requests: { export: { id: string; error: string | null } }[] } }>(query, { id: theirTicket.id }, theirs.customerToken);
    const agent = await app.ok<{ ticket: { requests: { export: { id: string; error: string | null } }[] } }>(query, { id: theirTicket.id }, await app.token(Role.AGENT));

    expect(customer.ticket.requests[0]!.export).toEqual({ id: theirIds.exportId, error: null });
    expect(agent.ticket.requests[0]!.export).toEqual({ id: theirIds.exportId, error: reason });
  });

  it('never returns the write-only tenant locations', async () => {
    const schema = await app.graphql<{ __type: { fields: { name: string }[] } }>(`query { __type(name: "Organization") { fields { name } } }`);
    const fields = schema.data!.__type.fields.map((f) => f.name);
    expect(fields).not.toContain('tenantDatabaseUrl');
    expect(fields).not.toContain('tenantDataDir');
  });

  describe.each(STAFF_OPERATIONS)('%s', (name, query, variables) => {
    it('is refused to a customer as FORBIDDEN, even on its own ids', async () => {
      const own = { ticketId: myTicket.id, organizationId: mine.id, exportId: theirIds.exportId, requestId: myTicket.requests[0]!.id };
      const result = await app.graphql(query, variables(own), mine.customerToken);
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([expect.objectContaining({ message: 'This operation is not allowed for your role', extensions: { code: 'FORBIDDEN' } })]);
    });

    it('is refused without a token as UNAUTHENTICATED', async () => {
      const result = await app.graphql(query, variables(theirIds));
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    if (name === 'upsertOrganization') {
      it('is refused to an agent as FORBIDDEN: organisations are for admins', async () => {
        const result = await app.graphql(query, variables(theirIds), await app.token(Role.AGENT));
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      });
    }
  });

  describe('bad tokens', () => {
    const MY_TICKETS = `query { myTickets { nodes { id } } }`;

    async function withToken(token: string): Promise<GraphQLResult<Record<string, unknown>>> {
      return app.graphql(MY_TICKETS, {}, token);
    }

    it.each<[string, () => Promise<string>]>([
      ['no token at all', async () => ''],
      ['a token signed with another secret', () => new TokenService({ ...app.config.jwt, secret: 'x'.repeat(48) }).sign({ role: Role.CUSTOMER, subject: 'mallory', organizationId: theirs.id })],
      ['an expired token', () => new TokenService(app.config.jwt).sign({ role: Role.CUSTOMER, subject: 'late', organizationId: mine.id }, -3600)],
      ['an unsigned token', async () => unsigned({ role: 'customer', sub: 'mallory', org: theirs.id })],
      ['a token with its payload swapped for another organisation', async () => swapPayload(mine.customerToken, { org: theirs.id })],
      ['a customer token that names no organisation', () => new TokenService(app.config.jwt).sign({ role: Role.CUSTOMER, subject: 'nobody' })],
      ['a token with a role we do not know', async () => new TokenService(app.config.jwt).sign({ role: 'superuser' as Role, subject: 'root' })],
      ['garbage', async () => 'not.a.jwt'],
    ])('refuses %s as UNAUTHENTICATED', async (_name, make) => {
      const token = await make();
      const result = token ? await withToken(token) : await app.graphql(MY_TICKETS);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(result.errors)).not.toMatch(/signature|JWS|claim|alg/i);
    });

    it('tells a customer of an organisation not on record to contact support', async () => {
      const token = await app.token(Role.CUSTOMER, randomUUID());
      const result = await app.graphql(`mutation { createTicket(input: { subject: "Root", body: "Нужен root" }) { id } }`, {}, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('ORGANIZATION_NOT_REGISTERED');
    });
  });
});

function unsigned(payload: Record<string, unknown>): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...payload, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
}

function swapPayload(token: string, changes: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
  return `${header}.${Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url')}.${signature}`;
}
