import { createOrganization, fileTicket, OrganizationFixture } from '../support/factories';
import { Role, TestApp } from '../support/test-app';
import { ASKS, GENERAL_TEXT } from './helpdesk-e2e.helpers';

const NOW = '2026-06-01T09:00:00.000Z';

/** Every field a ticket shows, its relations included: a page row must read exactly as the ticket does. */
const TICKET = `id number subject body status language assignee dueAt createdAt updatedAt overdue dueSoon
  classification { labels confidence needsReview version evidence { label phrase rule effect } }
  organization { id externalId name product lastServiceDay timezone language contactEmails endOfService backupPurgeAt }
  requests { id kind decision reasonCode explanation status dueAt duplicateOfId accessGrantedAt createdAt export { id status phase percent error } }`;

const QUEUE = `query($page: PageInput) { queue(page: $page) { nodes { ${TICKET} } pageInfo { endCursor hasNextPage } } }`;
const MY_TICKETS = `query($page: PageInput) { myTickets(page: $page) { nodes { ${TICKET} } pageInfo { endCursor hasNextPage } } }`;
const ONE = `query($id: ID!) { ticket(id: $id) { ${TICKET} } }`;
/** A queue page as agents' lists usually ask for it: neither the body nor the classification. */
const LIGHT_QUEUE = QUEUE.replace(/\bbody\b/, '').replace(/classification \{[^}]*\{[^}]*\} \}/, '');

type Row = Record<string, unknown> & { id: string };
interface PageAnswer {
  nodes: Row[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

describe('ticket pages', () => {
  let app: TestApp;
  let agent: string;
  let cloud: OrganizationFixture;
  let server: OrganizationFixture;

  beforeAll(async () => {
    app = await TestApp.start({ now: NOW });
    agent = await app.token(Role.AGENT, undefined, 'agent-anna');
    cloud = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2026-06-15' });
    server = await createOrganization(app, { product: 'SERVER', lastServiceDay: '2026-06-30' });
    await fileTicket(app, cloud.customerToken, `${ASKS.ru.BACKUP_EXPORT}. ${ASKS.ru.ROOT_ACCESS}.`);
    await fileTicket(app, server.customerToken, `${ASKS.en.ROOT_ACCESS}. ${ASKS.en.ADMIN_ACCESS}.`, 'Root and admin');
    await fileTicket(app, server.customerToken, GENERAL_TEXT, 'Счёт');
    await fileTicket(app, cloud.customerToken, ASKS.ru.ADMIN_ACCESS);
  });

  afterAll(async () => {
    await app.close();
  });

  /** Every page of a list, two rows at a time, so the relations of several pages are read. */
  async function allPages(query: string, token: string, field: 'queue' | 'myTickets'): Promise<Row[]> {
    const rows: Row[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page: PageAnswer = (await app.ok<Record<string, PageAnswer>>(query, { page: { first: 2, after } }, token))[field]!;
      rows.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return rows;
  }

  async function eachAsItself(rows: Row[], token: string): Promise<Row[]> {
    return Promise.all(rows.map(async (row) => (await app.ok<{ ticket: Row }>(ONE, { id: row.id }, token)).ticket));
  }

  it("shows an agent each queue row's fields, requests and organisation exactly as the ticket itself", async () => {
    const rows = await allPages(QUEUE, agent, 'queue');

    expect(rows).toHaveLength(4);
    expect(rows.flatMap((r) => r.requests as unknown[])).toHaveLength(5);
    expect(rows.map((r) => (r.organization as { id: string }).id).sort()).toEqual([cloud.id, cloud.id, server.id, server.id].sort());
    expect(rows.some((r) => (r.requests as { export: unknown }[]).some((q) => q.export !== null))).toBe(true);
    expect(rows).toEqual(await eachAsItself(rows, agent));
  });

  it("shows a customer its own rows exactly as its tickets, without the agents' fields", async () => {
    const rows = await allPages(MY_TICKETS, server.customerToken, 'myTickets');

    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.classification === null)).toBe(true);
    expect(rows).toEqual(await eachAsItself(rows, server.customerToken));
  });

  it('shows every other field of each row exactly as before when a page asks for neither body nor classification', async () => {
    const full = await allPages(QUEUE, agent, 'queue');

    const light = await allPages(LIGHT_QUEUE, agent, 'queue');

    expect(light).toEqual(full.map(({ body: _body, classification: _classification, ...rest }) => rest));
  });

  it('shows the body alone, or the classification alone, exactly as the ticket itself', async () => {
    const page = (fields: string) => `query($page: PageInput) { queue(page: $page) { nodes { id ...Shown } pageInfo { endCursor hasNextPage } } }
      fragment Shown on Ticket { ${fields} }`;
    const full = await allPages(QUEUE, agent, 'queue');

    const bodies = await allPages(page('text: body'), agent, 'queue');
    const classifications = await allPages(page('classification { labels confidence needsReview version evidence { label phrase rule effect } }'), agent, 'queue');

    expect(bodies).toEqual(full.map((row) => ({ id: row.id, text: row.body })));
    expect(classifications).toEqual(full.map((row) => ({ id: row.id, classification: row.classification })));
    expect(classifications.some((row) => (row.classification as { evidence: unknown[] }).evidence.length > 0)).toBe(true);
  });

  it('reads the relations a query asks for through fragments and aliases', async () => {
    const plain = (await app.ok<{ queue: PageAnswer }>(QUEUE, { page: { first: 10 } }, agent)).queue.nodes;
    const viaFragments = `
      query($page: PageInput) { list: queue(page: $page) { ...Page } }
      fragment Page on TicketPage { nodes { id ... on Ticket { theirs: organization { ...Org } } ...Asks } }
      fragment Org on Organization { id name }
      fragment Asks on Ticket { requests { kind decision } }`;

    const nodes = (await app.ok<{ list: { nodes: Row[] } }>(viaFragments, { page: { first: 10 } }, agent)).list.nodes;

    expect(nodes).toEqual(
      plain.map((row) => ({
        id: row.id,
        theirs: { id: (row.organization as Row).id, name: (row.organization as Row).name },
        requests: (row.requests as Row[]).map((r) => ({ kind: r.kind, decision: r.decision })),
      })),
    );
  });
});
