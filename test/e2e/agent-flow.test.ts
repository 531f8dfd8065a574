import { Writable } from 'node:stream';
import { runExportLabels } from '../../apps/cli/src/commands/export-labels.command';
import { createOrganization, fileTicket, OrganizationFixture, TicketResult } from '../support/factories';
import { Role, TestApp } from '../support/test-app';
import { ASKS, GENERAL_TEXT, sql } from './helpdesk-e2e.helpers';

const NOW = '2026-06-01T09:00:00.000Z';
const MINUTE = 60_000;

const QUEUE = `query($filter: QueueFilterInput, $order: QueueOrder, $page: PageInput) {
  queue(filter: $filter, order: $order, page: $page) { nodes { id createdAt dueAt status assignee } pageInfo { endCursor hasNextPage } }
}`;

const DETAIL = `query($id: ID!) { ticket(id: $id) {
  id status assignee dueAt
  requests { id kind decision reasonCode explanation status dueAt accessGrantedAt }
  messages { authorRole authorId body internal }
  auditTrail { action actorRole actorId data }
  classification { labels confidence needsReview }
} }`;

interface QueueNode {
  id: string;
  createdAt: string;
  dueAt: string | null;
  status: string;
  assignee: string | null;
}

interface Detail {
  id: string;
  status: string;
  assignee: string | null;
  dueAt: string | null;
  requests: { id: string; kind: string; decision: string; reasonCode: string; explanation: string; status: string; dueAt: string | null; accessGrantedAt: string | null }[];
  messages: { authorRole: string; authorId: string; body: string; internal: boolean }[];
  auditTrail: { action: string; actorRole: string; actorId: string; data: string }[] | null;
  classification: { labels: string[]; confidence: number; needsReview: boolean } | null;
}

describe("the agents' queue and desk", () => {
  let app: TestApp;
  let agent: string;
  let server: OrganizationFixture;
  let cloud: OrganizationFixture;
  let noContract: OrganizationFixture;
  /** Every ticket of the database, with what the queue is filtered and ordered by. */
  const filed: (TicketResult & { org: string; createdAt: string })[] = [];

  async function file(org: OrganizationFixture, body: string, subject = 'Заявка'): Promise<TicketResult> {
    const ticket = await fileTicket(app, org.customerToken, body, subject);
    filed.push({ ...ticket, org: org.id, createdAt: app.clock.now().toISOString() });
    return ticket;
  }

  async function queue(variables: Record<string, unknown>): Promise<{ nodes: QueueNode[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }> {
    return (await app.ok<{ queue: { nodes: QueueNode[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(QUEUE, variables, agent)).queue;
  }

  /** Walks the whole list page by page, failing on a repeated ticket. */
  async function walk(variables: Record<string, unknown>, first: number, between?: () => Promise<void>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page = await queue({ ...variables, page: { first, after } });
      expect(page.nodes.length).toBeLessThanOrEqual(first);
      ids.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      await between?.();
    }
    expect(new Set(ids).size).toBe(ids.length);
    return ids;
  }

  function detail(id: string, token = agent): Promise<{ ticket: Detail }> {
    return app.ok<{ ticket: Detail }>(DETAIL, { id }, token);
  }

  function newestFirst(tickets: typeof filed): string[] {
    return [...tickets].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (b.id > a.id ? 1 : -1)).map((t) => t.id);
  }

  beforeAll(async () => {
    app = await TestApp.start({ now: NOW });
    agent = await app.token(Role.AGENT, undefined, 'agent-anna');
    server = await createOrganization(app, { product: 'SERVER', lastServiceDay: '2026-06-30' });
    cloud = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2026-06-15' });
    noContract = await createOrganization(app, { product: null, lastServiceDay: null });
    // Several tickets share an instant so the pages must break ties by id.
    await file(server, ASKS.ru.ROOT_ACCESS);
    await file(server, ASKS.ru.BACKUP_EXPORT);
    await file(cloud, ASKS.ru.BACKUP_EXPORT);
    await file(cloud, ASKS.ru.ROOT_ACCESS);
    app.clock.advance(MINUTE);
    await file(cloud, ASKS.ru.ADMIN_ACCESS);
    await file(noContract, ASKS.ru.ADMIN_ACCESS);
    await file(noContract, GENERAL_TEXT, 'Счёт');
    app.clock.advance(MINUTE);
    await file(server, ASKS.en.ROOT_ACCESS, 'Root again');
    await file(server, GENERAL_TEXT, 'Вопрос');
    await file(cloud, GENERAL_TEXT, 'Вопрос');
    app.clock.advance(MINUTE);
  });

  afterAll(async () => {
    await app.close();
  });

  describe('queue', () => {
    it('lists every ticket newest first, ties broken by id', async () => {
      const page = await queue({ page: { first: 100 } });
      expect(page.nodes.map((n) => n.id)).toEqual(newestFirst(filed));
      expect(page.pageInfo.hasNextPage).toBe(false);
    });

    it('lists the most urgent first: earliest due date, then the oldest undated', async () => {
      const page = await queue({ order: 'MOST_URGENT', page: { first: 100 } });
      const dated = filed.filter((t) => t.dueAt).sort((a, b) => a.dueAt!.localeCompare(b.dueAt!));
      const undated = filed.filter((t) => !t.dueAt).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id > b.id ? 1 : -1));
      expect(dated.map((t) => t.dueAt)).toEqual(['2026-06-15T21:00:00.000Z', '2026-06-30T21:00:00.000Z']);
      expect(page.nodes.map((n) => n.id)).toEqual([...dated, ...undated].map((t) => t.id));
    });

    it.each([
      ['status', { status: ['IN_PROGRESS'] }, (t: (typeof filed)[number]) => t.status === 'IN_PROGRESS'],
      ['status (several)', { status: ['RESOLVED', 'IN_PROGRESS'] }, (t: (typeof filed)[number]) => t.status !== 'OPEN'],
      ['kind', { kind: ['ROOT_ACCESS'] }, (t: (typeof filed)[number]) => t.requests.some((r) => r.kind === 'ROOT_ACCESS')],
      ['decision', { decision: ['DUPLICATE'] }, (t: (typeof filed)[number]) => t.requests.some((r) => r.decision === 'DUPLICATE')],
      ['kind and decision on the same request', { kind: ['BACKUP_EXPORT'], decision: ['NEEDS_REVIEW'] }, (t: (typeof filed)[number]) => t.requests.some((r) => r.kind === 'BACKUP_EXPORT' && r.decision === 'NEEDS_REVIEW')],
      ['due before', { dueBefore: '2026-06-20T00:00:00.000Z' }, (t: (typeof filed)[number]) => t.dueAt !== null && t.dueAt < '2026-06-20T00:00:00.000Z'],
      ['due after', { dueAfter: '2026-06-20T00:00:00.000Z' }, (t: (typeof filed)[number]) => t.dueAt !== null && t.dueAt >= '2026-06-20T00:00:00.000Z'],
    ])('filters by %s', async (_name, filter, keep) => {
      const expected = newestFirst(filed.filter(keep));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(filed.length);
      const page = await queue({ filter, page: { first: 100 } });
      expect(page.nodes.map((n) => n.id)).toEqual(expected);
    });

    it('filters by organisation', async () => {
      const page = await queue({ filter: { organizationId: cloud.id }, page: { first: 100 } });
      expect(page.nodes.map((n) => n.id)).toEqual(newestFirst(filed.filter((t) => t.org === cloud.id)));
    });

    it('filters by assignee and by tickets nobody has', async () => {
      const [first, second] = [filed[2]!, filed[6]!];
      await app.ok(`mutation($id: ID!) { assignTicket(ticketId: $id, assignee: "agent-boris") { id } }`, { id: first.id }, agent);
      await app.ok(`mutation($id: ID!) { assignTicket(ticketId: $id, assignee: "agent-boris") { id } }`, { id: second.id }, agent);

      const mine = await queue({ filter: { assignee: 'agent-boris' }, page: { first: 100 } });
      const nobodys = await queue({ filter: { unassigned: true }, page: { first: 100 } });

      expect(mine.nodes.map((n) => n.id)).toEqual(newestFirst([first, second]));
      expect(nobodys.nodes.map((n) => n.id)).toEqual(newestFirst(filed.filter((t) => t !== first && t !== second)));
      await app.ok(`mutation($id: ID!) { assignTicket(ticketId: $id, assignee: null) { id } }`, { id: first.id }, agent);
      await app.ok(`mutation($id: ID!) { assignTicket(ticketId: $id, assignee: null) { id } }`, { id: second.id }, agent);
    });

    it.each([
      ['newest first', { order: 'NEWEST' }],
      ['most urgent first', { order: 'MOST_URGENT' }],
      ['newest first within a filter', { order: 'NEWEST', filter: { status: ['OPEN'] } }],
      ['most urgent first within a filter', { order: 'MOST_URGENT', filter: { status: ['OPEN', 'RESOLVED'] } }],
    ])('pages %s without skipping or repeating a ticket', async (_name, variables) => {
      const whole = (await queue({ ...variables, page: { first: 100 } })).nodes.map((n) => n.id);
      for (const size of [1, 2, 3]) {
        expect(await walk(variables, size)).toEqual(whole);
      }
    });

    it('keeps newest-first pages stable while new tickets arrive', async () => {
      const before = (await queue({ page: { first: 100 } })).nodes.map((n) => n.id);
      const arrived: string[] = [];
      const walked = await walk({}, 3, async () => {
        app.clock.advance(MINUTE);
        arrived.push((await file(cloud, GENERAL_TEXT, 'Ещё вопрос')).id);
      });
      expect(arrived.length).toBeGreaterThan(0);
      expect(walked).toEqual(before);
    });
  });

  describe('ticket and its changes', () => {
    it('shows an agent the thread, the requests, the audit trail and the classification', async () => {
      const ticket = filed.find((t) => t.org === server.id && t.requests[0]?.kind === 'ROOT_ACCESS')!;
      const { ticket: seen } = await detail(ticket.id);

      expect(seen.requests).toEqual([expect.objectContaining({ id: ticket.requests[0]!.id, decision: 'APPROVED', dueAt: '2026-06-30T21:00:00.000Z' })]);
      expect(seen.messages).toEqual([]);
      expect(seen.auditTrail?.map((e) => e.action)).toEqual(['TICKET_CREATED']);
      expect(JSON.parse(seen.auditTrail![0]!.data)).toEqual(expect.objectContaining({ labels: ['ROOT_ACCESS'] }));
      expect(seen.classification).toEqual(expect.objectContaining({ labels: ['ROOT_ACCESS'], needsReview: false }));
    });

    it('hides the audit trail and the classification from the customer', async () => {
      const ticket = filed.find((t) => t.org === server.id)!;
      const { ticket: seen } = await detail(ticket.id, server.customerToken);
      expect(seen.auditTrail).toBeNull();
      expect(seen.classification).toBeNull();
    });

    it('assigns a ticket and records who did it', async () => {
      const ticket = filed.find((t) => t.org === noContract.id)!;
      const result = await app.ok<{ assignTicket: { assignee: string } }>(
        `mutation($id: ID!) { assignTicket(ticketId: $id, assignee: "agent-vera") { assignee } }`,
        { id: ticket.id },
        agent,
      );
      expect(result.assignTicket.assignee).toBe('agent-vera');
      const trail = (await detail(ticket.id)).ticket.auditTrail!;
      expect(trail.at(-1)).toEqual(expect.objectContaining({ action: 'ASSIGNED', actorRole: 'agent', actorId: 'agent-anna' }));
      expect(JSON.parse(trail.at(-1)!.data)).toEqual({ before: null, after: 'agent-vera' });
    });

    it('reclassifies a ticket: decisions are recomputed and the correction is kept as a labelled example', async () => {
      const ticket = filed.find((t) => t.org === server.id && t.requests.length === 0)!;
      const result = await app.ok<{ reclassifyTicket: { status: string; dueAt: string | null; requests: { kind: string; decision: string; reasonCode: string }[] } }>(
        `mutation($input: ReclassifyInput!) { reclassifyTicket(input: $input) { status dueAt requests { kind decision reasonCode } } }`,
        { input: { ticketId: ticket.id, labels: ['ADMIN_ACCESS'], comment: 'asks for the site admin in other words' } },
        agent,
      );

      expect(result.reclassifyTicket.requests).toEqual([{ kind: 'ADMIN_ACCESS', decision: 'APPROVED', reasonCode: 'ACCESS_APPROVED' }]);
      expect(result.reclassifyTicket).toEqual(expect.objectContaining({ status: 'OPEN', dueAt: '2026-06-30T21:00:00.000Z' }));
      const trail = (await detail(ticket.id)).ticket.auditTrail!;
      expect(trail.at(-1)).toEqual(expect.objectContaining({ action: 'RECLASSIFIED', actorId: 'agent-anna' }));
      expect(JSON.parse(trail.at(-1)!.data)).toEqual({ before: [], after: ['ADMIN_ACCESS'], comment: 'asks for the site admin in other words' });

      const lines = await exportedLabels(app);
      expect(lines).toEqual([
        expect.objectContaining({ lang: 'ru', labels: ['ADMIN_ACCESS'], hard: true, text: expect.stringContaining('продление лицензии') }),
      ]);
      expect(lines[0]!.note).toContain('agent-anna');
    });

    it('closes a request an agent reclassifies away', async () => {
      const ticket = filed.find((t) => t.org === noContract.id && t.requests.length === 1)!;
      const result = await app.ok<{ reclassifyTicket: { status: string; requests: { kind: string; status: string }[] } }>(
        `mutation($input: ReclassifyInput!) { reclassifyTicket(input: $input) { status requests { kind status } } }`,
        { input: { ticketId: ticket.id, labels: [] } },
        agent,
      );
      expect(result.reclassifyTicket.requests).toEqual([{ kind: 'ADMIN_ACCESS', status: 'CLOSED' }]);
    });

    it('overrides a decision with a comment the customer reads', async () => {
      const ticket = filed.find((t) => t.org === server.id && t.requests[0]?.kind === 'BACKUP_EXPORT')!;
      const request = ticket.requests[0]!;
      expect(request.decision).toBe('NEEDS_REVIEW');

      const result = await app.ok<{ overrideDecision: { status: string; requests: { decision: string; reasonCode: string; explanation: string; status: string }[] } }>(
        `mutation($input: OverrideDecisionInput!) { overrideDecision(input: $input) { status requests { decision reasonCode explanation status } } }`,
        { input: { requestId: request.id, decision: 'REJECTED', comment: 'Данные на вашем сервере: выгрузите их сами по инструкции.' } },
        agent,
      );

      expect(result.overrideDecision.requests).toEqual([
        { decision: 'REJECTED', reasonCode: 'AGENT_DECISION', explanation: 'Данные на вашем сервере: выгрузите их сами по инструкции.', status: 'CLOSED' },
      ]);
      expect(result.overrideDecision.status).toBe('RESOLVED');
      const customerView = await detail(ticket.id, server.customerToken);
      expect(customerView.ticket.requests[0]!.explanation).toBe('Данные на вашем сервере: выгрузите их сами по инструкции.');
      const trail = (await detail(ticket.id)).ticket.auditTrail!;
      expect(trail.at(-1)).toEqual(expect.objectContaining({ action: 'DECISION_OVERRIDDEN', actorId: 'agent-anna' }));
      expect(JSON.parse(trail.at(-1)!.data)).toEqual(
        expect.objectContaining({ requestId: request.id, before: expect.objectContaining({ decision: 'NEEDS_REVIEW' }), after: { decision: 'REJECTED', status: 'CLOSED' } }),
      );
      const mail = await sql(app, `select template from notification where ticket_id = $1 and template = 'REQUEST_DECIDED'`, [ticket.id]);
      expect(mail.length).toBe(2);
    });

    it('keeps internal notes from the customer while both sides reply', async () => {
      const ticket = filed.find((t) => t.org === cloud.id && t.requests.length === 0)!;
      const reply = `mutation($input: ReplyInput!) { replyToTicket(input: $input) { id } }`;
      await app.ok(reply, { input: { ticketId: ticket.id, body: 'Когда будет ответ?' } }, cloud.customerToken);
      await app.ok(reply, { input: { ticketId: ticket.id, body: 'Клиент на тарифе без SLA', internal: true } }, agent);
      await app.ok(reply, { input: { ticketId: ticket.id, body: 'Отвечаем: счёт отправлен.' } }, agent);

      const asAgent = (await detail(ticket.id)).ticket;
      const asCustomer = (await detail(ticket.id, cloud.customerToken)).ticket;

      expect(asAgent.messages.map((m) => [m.authorRole, m.body, m.internal])).toEqual([
        ['customer', 'Когда будет ответ?', false],
        ['agent', 'Клиент на тарифе без SLA', true],
        ['agent', 'Отвечаем: счёт отправлен.', false],
      ]);
      expect(asCustomer.messages.map((m) => m.body)).toEqual(['Когда будет ответ?', 'Отвечаем: счёт отправлен.']);
      expect(asAgent.auditTrail!.map((e) => e.action).slice(-3)).toEqual(['CUSTOMER_REPLIED', 'AGENT_REPLIED', 'AGENT_REPLIED']);
      const internalNote = await app.graphql(reply, { input: { ticketId: ticket.id, body: 'psst', internal: true } }, cloud.customerToken);
      expect(internalNote.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('marks access granted without a word of it reaching the customer', async () => {
      const ticket = filed.find((t) => t.org === cloud.id && t.requests[0]?.kind === 'ADMIN_ACCESS')!;
      const request = ticket.requests[0]!;
      const result = await app.ok<{ markAccessGranted: { status: string; dueAt: string | null; requests: { status: string; accessGrantedAt: string | null }[] } }>(
        `mutation($id: ID!) { markAccessGranted(requestId: $id, note: "Пароль передан по телефону") { status dueAt requests { status accessGrantedAt } } }`,
        { id: request.id },
        agent,
      );

      expect(result.markAccessGranted).toEqual({ status: 'RESOLVED', dueAt: null, requests: [{ status: 'DONE', accessGrantedAt: app.clock.now().toISOString() }] });
      expect((await detail(ticket.id, cloud.customerToken)).ticket.messages).toEqual([]);
      expect((await detail(ticket.id)).ticket.messages).toEqual([expect.objectContaining({ body: 'Пароль передан по телефону', internal: true })]);
      expect((await detail(ticket.id)).ticket.auditTrail!.at(-1)!.action).toBe('ACCESS_GRANTED');
      const twice = await app.graphql(`mutation($id: ID!) { markAccessGranted(requestId: $id) { id } }`, { id: request.id }, agent);
      expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });

    it('resolves and reopens a ticket, refusing each where it does not fit', async () => {
      const ticket = filed.find((t) => t.org === server.id && t.requests[0]?.kind === 'ROOT_ACCESS' && t.requests[0]?.decision === 'APPROVED')!;
      const resolve = `mutation($id: ID!) { resolveTicket(ticketId: $id, comment: "Доступ выдан") { status requests { status } } }`;
      const reopen = `mutation($id: ID!) { reopenTicket(ticketId: $id, comment: "Клиент просит ещё") { status } }`;

      const resolved = await app.ok<{ resolveTicket: { status: string; requests: { status: string }[] } }>(resolve, { id: ticket.id }, agent);
      const again = await app.graphql(resolve, { id: ticket.id }, agent);
      const reopened = await app.ok<{ reopenTicket: { status: string } }>(reopen, { id: ticket.id }, agent);
      const reopenedTwice = await app.graphql(reopen, { id: ticket.id }, agent);

      expect(resolved.resolveTicket).toEqual({ status: 'RESOLVED', requests: [{ status: 'CLOSED' }] });
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(reopened.reopenTicket.status).toBe('OPEN');
      expect(reopenedTwice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const trail = (await detail(ticket.id)).ticket.auditTrail!;
      expect(trail.map((e) => e.action)).toEqual(['TICKET_CREATED', 'RESOLVED', 'REOPENED']);
      expect(JSON.parse(trail[2]!.data)).toEqual({ comment: 'Клиент просит ещё' });
    });

    it('reopens a resolved ticket when the customer replies', async () => {
      const ticket = filed.find((t) => t.org === cloud.id && t.requests[0]?.kind === 'ROOT_ACCESS')!;
      expect(ticket.status).toBe('RESOLVED');
      const result = await app.ok<{ replyToTicket: { status: string } }>(
        `mutation($input: ReplyInput!) { replyToTicket(input: $input) { status } }`,
        { input: { ticketId: ticket.id, body: 'А почему нельзя?' } },
        cloud.customerToken,
      );
      expect(result.replyToTicket.status).toBe('OPEN');
    });

    it('leaves an audit event for every change made in this file', async () => {
      const events = await sql<{ action: string }>(app, `select distinct action from audit_event where ticket_id is not null order by action`);
      expect(events.map((e) => e.action)).toEqual([
        'ACCESS_GRANTED',
        'AGENT_REPLIED',
        'ASSIGNED',
        'CUSTOMER_REPLIED',
        'DECISION_OVERRIDDEN',
        'RECLASSIFIED',
        'REOPENED',
        'RESOLVED',
        'TICKET_CREATED',
      ]);
    });
  });
});

/** What `npm run -s cli -- export-labels` prints for this app's database, parsed. */
async function exportedLabels(app: TestApp): Promise<{ lang: string; text: string; labels: string[]; hard: boolean; note: string }[]> {
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = app.database.url;
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  try {
    expect(await runExportLabels([], out)).toBe(0);
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { lang: string; text: string; labels: string[]; hard: boolean; note: string });
}
