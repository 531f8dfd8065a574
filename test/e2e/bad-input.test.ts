import { createOrganization, fileTicket, OrganizationFixture } from '../support/factories';
import { Role, TestApp } from '../support/test-app';
import { ASKS, postRaw, RawResponse } from './helpdesk-e2e.helpers';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const QUEUE = `query($page: PageInput) { queue(page: $page) { nodes { id } pageInfo { endCursor hasNextPage } } }`;

/** A clear refusal: a 4xx or a GraphQL error with a code, a message, and nothing of the server's insides. */
function expectClearRefusal(response: RawResponse, code: string, message?: RegExp): void {
  expect(response.status).toBeGreaterThanOrEqual(200);
  expect(response.status).toBeLessThan(500);
  expect(response.contentType).toMatch(/application\/(graphql-response\+)?json/);
  expect(response.json?.errors?.[0]?.extensions?.code).toBe(code);
  if (message) expect(response.json?.errors?.[0]?.message).toMatch(message);
  expect(response.text).not.toMatch(/stacktrace|\bat .+\.(js|ts):\d+|node_modules/i);
}

describe('bad input is refused clearly', () => {
  let app: TestApp;
  let org: OrganizationFixture;
  let agent: string;

  beforeAll(async () => {
    app = await TestApp.start({ now: '2026-06-01T09:00:00.000Z' });
    org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2026-12-31' });
    agent = await app.token(Role.AGENT);
  });

  afterAll(async () => {
    await app.close();
  });

  function send(query: string, variables: Record<string, unknown> = {}, token = org.customerToken): Promise<RawResponse> {
    return postRaw(app, JSON.stringify({ query, variables }), { authorization: `Bearer ${token}` });
  }

  describe('ticket text', () => {
    it.each([
      ['an empty subject', { subject: '', body: 'Нужен root' }, /subject must not be empty/],
      ['a blank subject', { subject: ' \t\n ', body: 'Нужен root' }, /subject must not be empty/],
      ['an empty body', { subject: 'Root', body: '' }, /body must not be empty/],
      ['a blank body', { subject: 'Root', body: '   \n\n  ' }, /body must not be empty/],
      ['a subject over 200 characters', { subject: 'я'.repeat(201), body: 'Нужен root' }, /subject must be at most 200 characters/],
      ['a body over 20,000 characters', { subject: 'Root', body: 'я'.repeat(20_001) }, /body must be at most 20000 characters/],
    ])('refuses %s', async (_name, input, message) => {
      expectClearRefusal(await send(CREATE, { input }), 'BAD_USER_INPUT', message);
    });

    it.each([
      ['in a subject', CREATE, { input: { subject: 'a\u0000b', body: 'Нужен root' } }],
      ['in a body', CREATE, { input: { subject: 'Root', body: 'Нужен\u0000root' } }],
      ['in a name of an unknown variable', CREATE, { input: { subject: 'Root', body: 'x' }, 'x\u0000': 'y' }],
    ])('refuses the NUL character %s, which PostgreSQL cannot store', async (_name, query, variables) => {
      expectClearRefusal(await send(query, variables), 'BAD_USER_INPUT', /NUL character/);
    });

    it('refuses the NUL character written into the query itself', async () => {
      const response = await send(`mutation { createTicket(input: { subject: "a\\u0000b", body: "x" }) { id } }`);
      expectClearRefusal(response, 'BAD_USER_INPUT', /NUL character/);
    });

    it('accepts a subject of exactly 200 and a body of exactly 20,000 characters', async () => {
      const body = `${ASKS.ru.ROOT_ACCESS}. ${'а'.repeat(20_000 - ASKS.ru.ROOT_ACCESS.length - 2)}`;
      const ticket = await fileTicket(app, org.customerToken, body, 'т'.repeat(200));
      expect(ticket.requests.map((r) => r.kind)).toEqual(['ROOT_ACCESS']);
    });

    it('stores nothing for a refused ticket', async () => {
      await send(CREATE, { input: { subject: '', body: '' } });
      const data = await app.ok<{ myTickets: { nodes: unknown[] } }>(`query { myTickets { nodes { id } } }`, {}, org.customerToken);
      expect(data.myTickets.nodes).toHaveLength(1);
    });
  });

  describe('types and shapes', () => {
    it.each([
      ['a number for a string', CREATE, { input: { subject: 42, body: 'Нужен root' } }],
      ['null for a required string', CREATE, { input: { subject: null, body: 'Нужен root' } }],
      ['a missing required field', CREATE, { input: { subject: 'Root' } }],
      ['an unknown input field', CREATE, { input: { subject: 'Root', body: 'Нужен root', priority: 'URGENT' } }],
      ['a string for an integer', QUEUE, { page: { first: 'ten' } }],
      ['an integer beyond 32 bits', QUEUE, { page: { first: 2 ** 40 } }],
      ['a value outside an enum', `query($o: QueueOrder) { queue(order: $o) { nodes { id } } }`, { o: 'OLDEST' }],
    ])('refuses %s in the variables', async (_name, query, variables) => {
      expectClearRefusal(await send(query, variables, agent), 'BAD_USER_INPUT');
    });

    it.each([
      ['an unknown field', `query { myTickets { nodes { id secret } } }`],
      ['a literal of the wrong type', `mutation { createTicket(input: { subject: 42, body: "x" }) { id } }`],
      ['an unknown argument', `query { myTickets(orderBy: "id") { nodes { id } } }`],
    ])('refuses %s in the query', async (_name, query) => {
      expectClearRefusal(await send(query), 'GRAPHQL_VALIDATION_FAILED');
    });

    it('refuses a query that does not parse', async () => {
      expectClearRefusal(await send('query { myTickets { nodes { id }'), 'GRAPHQL_PARSE_FAILED');
    });

    it.each([
      ['zero', { first: 0 }, /first must not be less than 1/],
      ['over a hundred', { first: 101 }, /first must not be greater than 100/],
    ])('refuses a page size of %s', async (_name, page, message) => {
      expectClearRefusal(await send(QUEUE, { page }, agent), 'BAD_USER_INPUT', message);
    });

    it.each([
      ['garbage', 'not a cursor'],
      ['base64 of something else', Buffer.from('{"a":1}').toString('base64url')],
      ['a cursor of the other order', Buffer.from(JSON.stringify(['MOST_URGENT', 'infinity', '2026-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000'])).toString('base64url')],
      ['a cursor with a value that is no instant', Buffer.from(JSON.stringify(['NEWEST', 'yesterday', '00000000-0000-0000-0000-000000000000'])).toString('base64url')],
      ['a cursor with an id that is no id', Buffer.from(JSON.stringify(['NEWEST', '2026-01-01T00:00:00.000Z', 'x'])).toString('base64url')],
    ])('refuses a bad cursor: %s', async (_name, after) => {
      expectClearRefusal(await send(QUEUE, { page: { first: 5, after } }, agent), 'BAD_USER_INPUT', /cursor/);
    });

    it.each([
      ['ticket', `query { ticket(id: "42") { id } }`],
      ['assignTicket', `mutation { assignTicket(ticketId: "../etc", assignee: "a") { id } }`],
      ['markAccessGranted', `mutation { markAccessGranted(requestId: "1 or 1=1") { id } }`],
      ['replyToTicket', `mutation { replyToTicket(input: { ticketId: "nope", body: "x" }) { id } }`],
      ['queue filter', `query { queue(filter: { organizationId: "nope" }) { nodes { id } } }`],
    ])('refuses an id that is not a UUID in %s', async (_name, query) => {
      expectClearRefusal(await send(query, {}, agent), 'BAD_USER_INPUT');
    });

    it.each([['yesterday'], ['2026-13-45T00:00:00Z'], ['99999-01-01T00:00:00Z']])('refuses a due date that is no instant: %s', async (when) => {
      const response = await send(`query($d: DateTime) { queue(filter: { dueBefore: $d }) { nodes { id } } }`, { d: when }, agent);
      expect(response.status).toBeLessThan(500);
      expect(response.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.json?.errors?.[0]?.message).toMatch(/dueBefore must be an ISO 8601 date-time|DateTime/);
    });

    it('refuses an over-long assignee and note', async () => {
      const ticket = await fileTicket(app, org.customerToken, ASKS.ru.ADMIN_ACCESS);
      const assign = await send(`mutation($id: ID!, $a: String) { assignTicket(ticketId: $id, assignee: $a) { id } }`, { id: ticket.id, a: 'a'.repeat(201) }, agent);
      expectClearRefusal(assign, 'BAD_USER_INPUT', /assignee must be at most 200 characters/);
    });
  });

  describe('HTTP', () => {
    it('refuses a body over 1 MB with 413 and a JSON error', async () => {
      const response = await postRaw(app, JSON.stringify({ query: CREATE, variables: { input: { subject: 'x', body: 'я'.repeat(600_000) } } }), {
        authorization: `Bearer ${org.customerToken}`,
      });
      expect(response.status).toBe(413);
      expect(response.json?.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(response.json?.errors?.[0]?.message).toMatch(/larger than 1048576 bytes/);
    });

    it('refuses a body that is not JSON with 400 and a JSON error', async () => {
      const response = await postRaw(app, '{"query": "query { myTickets { nodes { id } } }",');
      expect(response.status).toBe(400);
      expect(response.json?.errors?.[0]).toEqual({ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } });
    });

    it.each([
      ['an empty body', ''],
      ['a JSON string', '"query { __typename }"'],
      ['a body without a query', '{"variables": {}}'],
      ['a query that is not a string', '{"query": 42}'],
      ['variables that are not an object', '{"query": "query { __typename }", "variables": [1]}'],
    ])('refuses %s with a 4xx', async (_name, body) => {
      const response = await postRaw(app, body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.text).not.toMatch(/\bat .+\.(js|ts):\d+|node_modules/);
    });

    it('refuses a batched request (an array of operations)', async () => {
      const one = { query: 'query { myTickets { nodes { id } } }' };
      const response = await postRaw(app, JSON.stringify(Array.from({ length: 50 }, () => one)), { authorization: `Bearer ${org.customerToken}` });
      expect(response.status).toBe(400);
      expect(response.text).toMatch(/batch/i);
      expect(response.text).not.toMatch(/\bat .+\.(js|ts):\d+/);
    });

    it('refuses a form post that could come from another site', async () => {
      const response = await fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${org.customerToken}` },
        body: JSON.stringify({ query: 'mutation { createTicket(input: { subject: "x", body: "y" }) { id } }' }),
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });
  });

  describe('limits on the work one request may ask for', () => {
    /** Every field of a ticket, nested: a hundred of them cost more than the limit allows. */
    const EVERY_FIELD_NESTED = `nodes {
        id subject body status
        requests { id kind decision explanation export { id status sizeBytes sha256 } }
        messages { id body authorRole }
        auditTrail { id action data }
        organization { id name contactEmails }
      }`;

    it('refuses a query deeper than the limit', async () => {
      const deep = `query { __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }`;
      expectClearRefusal(await send(deep), 'QUERY_TOO_COMPLEX', /levels deep; the limit is 8/);
    });

    it('refuses depth hidden in nested inline fragments', async () => {
      const open = '... on Query { '.repeat(12);
      const close = ' }'.repeat(12);
      expectClearRefusal(await send(`query { ${open} myTickets { nodes { id } } ${close} }`), 'QUERY_TOO_COMPLEX', /levels deep/);
    });

    it('refuses a costly query: a hundred tickets with everything nested', async () => {
      const costly = `query { queue(page: { first: 100 }) { ${EVERY_FIELD_NESTED} } }`;
      expectClearRefusal(await send(costly, {}, agent), 'QUERY_TOO_COMPLEX', /costs \d+; the limit is 2000/);
    });

    it('prices one document by the page size each request gives, whether the whole page or only its size is a variable', async () => {
      const byPage = `query($page: PageInput) { queue(page: $page) { ${EVERY_FIELD_NESTED} } }`;
      const bySize = `query($n: Int!, $after: String) { queue(page: { first: $n, after: $after }) { ${EVERY_FIELD_NESTED} } }`;
      for (let round = 0; round < 2; round += 1) {
        await app.ok(byPage, { page: { first: 2 } }, agent);
        expectClearRefusal(await send(byPage, { page: { first: 100 } }, agent), 'QUERY_TOO_COMPLEX', /costs \d+; the limit is 2000/);
        await app.ok(byPage, { page: { first: 2, after: null } }, agent);
        await app.ok(bySize, { n: 2, after: null }, agent);
        expectClearRefusal(await send(bySize, { n: 100, after: null }, agent), 'QUERY_TOO_COMPLEX', /costs \d+; the limit is 2000/);
      }
    });

    it('prices an absent page by the default it takes, not as a page given as null', async () => {
      const byDefault = `query($page: PageInput = { first: 100 }) { queue(page: $page) { ${EVERY_FIELD_NESTED} } }`;
      const nullPage = await send(byDefault, { page: null }, agent);
      expect(nullPage.status).toBeLessThan(500);
      expectClearRefusal(await send(byDefault, {}, agent), 'QUERY_TOO_COMPLEX', /costs \d+; the limit is 2000/);
    });

    it('refuses a flood of aliases', async () => {
      const flood = Array.from({ length: 200 }, (_, i) => `t${i}: myTickets(page: { first: 1 }) { nodes { id } }`).join(' ');
      expectClearRefusal(await send(`query { ${flood} }`), 'QUERY_TOO_COMPLEX', /aliases; the limit is 30/);
    });

    it('refuses a flood of repeated fields without aliases', async () => {
      const started = Date.now();
      const response = await send(`query { ${'__typename '.repeat(100_000)} }`);
      expect(response.status).toBeLessThan(500);
      expect(response.json?.errors?.[0]?.extensions?.code).toBeDefined();
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('still answers a normal request after the floods', async () => {
      const data = await app.ok<{ myTickets: { nodes: { id: string }[] } }>(`query { myTickets { nodes { id } } }`, {}, org.customerToken);
      expect(data.myTickets.nodes.length).toBeGreaterThan(0);
      const health = await fetch(`${app.baseUrl}/health`);
      expect(health.status).toBe(200);
    });
  });
});

describe('in production', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-like-secret-for-this-test-0123456789',
        DOWNLOAD_LINK_SECRET: 'a-production-like-link-secret-for-this-test-0123456789',
      },
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses introspection', async () => {
    const response = await postRaw(app, JSON.stringify({ query: 'query { __schema { types { name } } }' }));
    expect(response.status).toBe(400);
    expect(response.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.json?.errors?.[0]?.message).toMatch(/introspection/i);
    expect(response.text).not.toContain('Ticket');
  });

  it('refuses introspection of a single type too', async () => {
    const response = await postRaw(app, JSON.stringify({ query: 'query { __type(name: "Ticket") { fields { name } } }' }));
    expect(response.json?.errors?.[0]?.message).toMatch(/introspection/i);
    expect(response.text).not.toContain('subject');
  });

  it('serves no landing page to a browser', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    const text = await response.text();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.headers.get('content-type')).not.toMatch(/html/);
    expect(text).not.toMatch(/<html|<!doctype|sandbox|embeddable/i);
  });

  it('still hides stack traces and answers plain requests', async () => {
    const bad = await postRaw(app, JSON.stringify({ query: 'query { ticket(id: "x") { id } }' }), {
      authorization: `Bearer ${await app.token(Role.AGENT)}`,
    });
    expectClearRefusal(bad, 'BAD_USER_INPUT');
    const typename = await postRaw(app, JSON.stringify({ query: 'query { __typename }' }));
    expect(typename.json).toEqual({ data: { __typename: 'Query' } });
  });
});
