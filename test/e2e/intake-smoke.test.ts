import { createOrganization, fileTicket } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

describe('intake through the real API, worker and SMTP', () => {
  let sink: SmtpSink;
  let app: TestApp;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await TestApp.start({ worker: true, now: '2026-11-28T09:00:00Z', env: { SMTP_URL: sink.url } });
  });

  afterAll(async () => {
    await app.close();
    await sink.stop();
  });

  it('refuses root access to a cloud customer at once and e-mails the refusal to the contacts on record', async () => {
    const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2027-03-31', contactEmails: ['it@smoke.example.org'] });
    const ticket = await fileTicket(app, org.customerToken, 'Нужен root доступ к серверу по ssh');

    expect(ticket.requests).toEqual([
      expect.objectContaining({ kind: 'ROOT_ACCESS', decision: 'REJECTED', reasonCode: 'NOT_AVAILABLE_FOR_CLOUD', status: 'CLOSED' }),
    ]);
    expect(ticket.status).toBe('RESOLVED');
    const decided = await sink.waitFor((m) => m.text.includes('root') && m.to.includes('it@smoke.example.org'));
    expect(decided.text).toContain(String(ticket.number));
  });
});
