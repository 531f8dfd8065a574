import { createOrganization, fileTicket } from '../support/factories';
import { Role, TestApp } from '../support/test-app';
import { DOUBTFUL_ACCESS_TEXT } from './helpdesk-e2e.helpers';

describe('an agent confirming what a doubtful ticket asks for', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ now: '2026-06-01T09:00:00Z' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('gets the contract decision for requests held back only because the classifier was unsure', async () => {
    const org = await createOrganization(app, { product: 'SERVER', lastServiceDay: '2026-06-30', timezone: 'Europe/Moscow' });
    const ticket = await fileTicket(app, org.customerToken, DOUBTFUL_ACCESS_TEXT);
    expect(ticket.requests.map((r) => [r.kind, r.decision, r.reasonCode])).toEqual([
      ['ADMIN_ACCESS', 'NEEDS_REVIEW', 'LOW_CONFIDENCE'],
      ['ROOT_ACCESS', 'NEEDS_REVIEW', 'LOW_CONFIDENCE'],
    ]);

    const agent = await app.token(Role.AGENT, undefined, 'agent-ivan');
    const result = await app.ok<{ reclassifyTicket: { requests: { id: string; kind: string; decision: string; reasonCode: string; dueAt: string | null }[] } }>(
      `mutation($input: ReclassifyInput!) { reclassifyTicket(input: $input) { requests { id kind decision reasonCode dueAt } } }`,
      { input: { ticketId: ticket.id, labels: ['ROOT_ACCESS', 'ADMIN_ACCESS'] } },
      agent,
    );

    expect(result.reclassifyTicket.requests).toEqual([
      { id: ticket.requests[0]!.id, kind: 'ADMIN_ACCESS', decision: 'APPROVED', reasonCode: 'ACCESS_APPROVED', dueAt: '2026-06-30T21:00:00.000Z' },
      { id: ticket.requests[1]!.id, kind: 'ROOT_ACCESS', decision: 'APPROVED', reasonCode: 'ACCESS_APPROVED', dueAt: '2026-06-30T21:00:00.000Z' },
    ]);
  });
});
