import { createOrganization, fileTicket } from '../support/factories';
import { TestApp } from '../support/test-app';

describe('intake under concurrent load', () => {
  let app: TestApp;

  beforeAll(async () => {
    // A pool smaller than the number of tickets in flight: intake must never need two connections at once.
    app = await TestApp.start({ now: '2026-06-01T09:00:00Z', env: { DATABASE_POOL_SIZE: '3' } });
  });

  afterAll(async () => {
    await app.close();
  });

  it('files many tickets of one organisation at once without exhausting the connection pool', async () => {
    const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2027-06-30' });
    const texts = Array.from({ length: 24 }, (_, i) => `Выставьте, пожалуйста, счёт № ${i + 1} на продление лицензии.`);
    const tickets = await Promise.all(texts.map((text) => fileTicket(app, org.customerToken, text)));
    expect(new Set(tickets.map((t) => t.number)).size).toBe(24);
    expect(tickets.every((t) => t.status === 'OPEN')).toBe(true);
  });
});
