import { TicketClassifier } from '@app/classifier';
import { createOrganization, fileTicket } from '../support/factories';
import { TestApp } from '../support/test-app';
import { ASKS, DAY_MS, DOUBTFUL_ACCESS_TEXT, DOUBTFUL_TEXT, GENERAL_TEXT, Kind, shift, sql } from './helpdesk-e2e.helpers';

// Moscow: the last day of service D = 30 June 2026, so E = 1 July 00:00 MSK and P = E + 30 days.
const D = '2026-06-30';
const E = '2026-06-30T21:00:00.000Z';
const P = shift(E, 30 * DAY_MS);
const BEFORE_E = shift(E, -1);
const BEFORE_P = shift(P, -1);
const AFTER_P = shift(P, 90 * DAY_MS);

interface Row {
  product: 'CLOUD' | 'SERVER';
  kind: Kind;
  at: string;
  decision: string;
  reasonCode: string;
  status: string;
  dueAt: string | null;
  ticketStatus: string;
  /** null: no export may be made; otherwise whether it is made from the retained backup. */
  exportFromBackup: boolean | null;
}

const RULES: [string, Row][] = [
  ['approves a cloud export one millisecond before the end of service and queues it', { product: 'CLOUD', kind: 'BACKUP_EXPORT', at: BEFORE_E, decision: 'APPROVED', reasonCode: 'EXPORT_APPROVED', status: 'IN_PROGRESS', dueAt: null, ticketStatus: 'IN_PROGRESS', exportFromBackup: false }],
  ['approves a cloud export from the retained backup at the end of service', { product: 'CLOUD', kind: 'BACKUP_EXPORT', at: E, decision: 'APPROVED', reasonCode: 'EXPORT_FROM_RETAINED_BACKUP', status: 'IN_PROGRESS', dueAt: null, ticketStatus: 'IN_PROGRESS', exportFromBackup: true }],
  ['approves a cloud export from the retained backup one millisecond before the purge', { product: 'CLOUD', kind: 'BACKUP_EXPORT', at: BEFORE_P, decision: 'APPROVED', reasonCode: 'EXPORT_FROM_RETAINED_BACKUP', status: 'IN_PROGRESS', dueAt: null, ticketStatus: 'IN_PROGRESS', exportFromBackup: true }],
  ['rejects a cloud export at the purge because the backups are gone', { product: 'CLOUD', kind: 'BACKUP_EXPORT', at: P, decision: 'REJECTED', reasonCode: 'BACKUPS_PURGED', status: 'CLOSED', dueAt: null, ticketStatus: 'RESOLVED', exportFromBackup: null }],
  ['rejects a cloud export long after the purge', { product: 'CLOUD', kind: 'BACKUP_EXPORT', at: AFTER_P, decision: 'REJECTED', reasonCode: 'BACKUPS_PURGED', status: 'CLOSED', dueAt: null, ticketStatus: 'RESOLVED', exportFromBackup: null }],
  ['rejects cloud root access while the service lasts', { product: 'CLOUD', kind: 'ROOT_ACCESS', at: BEFORE_E, decision: 'REJECTED', reasonCode: 'NOT_AVAILABLE_FOR_CLOUD', status: 'CLOSED', dueAt: null, ticketStatus: 'RESOLVED', exportFromBackup: null }],
  ['rejects cloud root access after the purge', { product: 'CLOUD', kind: 'ROOT_ACCESS', at: AFTER_P, decision: 'REJECTED', reasonCode: 'NOT_AVAILABLE_FOR_CLOUD', status: 'CLOSED', dueAt: null, ticketStatus: 'RESOLVED', exportFromBackup: null }],
  ['approves cloud administrator access one millisecond before the end of service, due at the end', { product: 'CLOUD', kind: 'ADMIN_ACCESS', at: BEFORE_E, decision: 'APPROVED', reasonCode: 'ACCESS_APPROVED', status: 'OPEN', dueAt: E, ticketStatus: 'OPEN', exportFromBackup: null }],
  ['rejects cloud administrator access at the end of service', { product: 'CLOUD', kind: 'ADMIN_ACCESS', at: E, decision: 'REJECTED', reasonCode: 'SERVICE_ENDED', status: 'CLOSED', dueAt: null, ticketStatus: 'RESOLVED', exportFromBackup: null }],
  ['approves server root access one millisecond before support ends, due at the end', { product: 'SERVER', kind: 'ROOT_ACCESS', at: BEFORE_E, decision: 'APPROVED', reasonCode: 'ACCESS_APPROVED', status: 'OPEN', dueAt: E, ticketStatus: 'OPEN', exportFromBackup: null }],
  ['rejects server root access the instant support ends', { product: 'SERVER', kind: 'ROOT_ACCESS', at: E, decision: 'REJECTED', reasonCode: 'SUPPORT_ENDED', status: 'CLOSED', dueAt: null, ticketStatus: 'RESOLVED', exportFromBackup: null }],
  ['approves server administrator access one millisecond before support ends, due at the end', { product: 'SERVER', kind: 'ADMIN_ACCESS', at: BEFORE_E, decision: 'APPROVED', reasonCode: 'ACCESS_APPROVED', status: 'OPEN', dueAt: E, ticketStatus: 'OPEN', exportFromBackup: null }],
  ['rejects server administrator access the instant support ends', { product: 'SERVER', kind: 'ADMIN_ACCESS', at: E, decision: 'REJECTED', reasonCode: 'SUPPORT_ENDED', status: 'CLOSED', dueAt: null, ticketStatus: 'RESOLVED', exportFromBackup: null }],
  ['sends a server export to an agent while support lasts', { product: 'SERVER', kind: 'BACKUP_EXPORT', at: BEFORE_E, decision: 'NEEDS_REVIEW', reasonCode: 'DATA_ON_CUSTOMER_SERVER', status: 'OPEN', dueAt: null, ticketStatus: 'OPEN', exportFromBackup: null }],
  ['rejects a server export the instant support ends', { product: 'SERVER', kind: 'BACKUP_EXPORT', at: E, decision: 'REJECTED', reasonCode: 'SUPPORT_ENDED', status: 'CLOSED', dueAt: null, ticketStatus: 'RESOLVED', exportFromBackup: null }],
];

describe('the contract rules through createTicket', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ now: BEFORE_E });
  });

  afterAll(async () => {
    await app.close();
  });

  async function exportsOf(requestId: string): Promise<{ from_backup: boolean; status: string; job_name: string | null }[]> {
    return sql(
      app,
      `select e.from_backup, e.status, o.job_name from data_export e
         left join outbox_message o on o.job_id = 'export-' || e.id::text
        where e.request_id = $1`,
      [requestId],
    );
  }

  it.each(RULES)('%s', async (_name, row) => {
    const org = await createOrganization(app, { product: row.product, lastServiceDay: D });
    app.clock.set(row.at);
    const ticket = await fileTicket(app, org.customerToken, ASKS.ru[row.kind]);

    expect(ticket.requests).toEqual([
      expect.objectContaining({ kind: row.kind, decision: row.decision, reasonCode: row.reasonCode, status: row.status, dueAt: row.dueAt }),
    ]);
    expect(ticket.status).toBe(row.ticketStatus);
    expect(ticket.dueAt).toBe(row.dueAt);
    const request = ticket.requests[0]!;
    const exports = await exportsOf(request.id);
    if (row.exportFromBackup === null) {
      expect(request.export).toBeNull();
      expect(exports).toEqual([]);
    } else {
      expect(request.export).toEqual(expect.objectContaining({ status: 'QUEUED' }));
      expect(exports).toEqual([{ from_backup: row.exportFromBackup, status: 'QUEUED', job_name: 'run-export' }]);
    }
  });

  it.each([
    ['BACKUP_EXPORT', BEFORE_E],
    ['ROOT_ACCESS', BEFORE_E],
    ['ADMIN_ACCESS', AFTER_P],
  ] as const)('sends %s of an organisation without a contract to an agent (at %s)', async (kind, at) => {
    const org = await createOrganization(app, { product: null, lastServiceDay: null });
    app.clock.set(at);
    const ticket = await fileTicket(app, org.customerToken, ASKS.ru[kind]);

    expect(ticket.requests).toEqual([expect.objectContaining({ kind, decision: 'NEEDS_REVIEW', reasonCode: 'NO_CONTRACT', status: 'OPEN', export: null })]);
    expect(ticket.status).toBe('OPEN');
  });

  it('sends a request the classifier is unsure of to an agent instead of deciding it', async () => {
    const reading = new TicketClassifier().classify(`Заявка\n\n${DOUBTFUL_ACCESS_TEXT}`);
    expect(reading).toEqual(expect.objectContaining({ labels: ['ADMIN_ACCESS', 'ROOT_ACCESS'], needsReview: true }));
    // A server organisation with support running: a confident reading would be approved at once.
    const org = await createOrganization(app, { product: 'SERVER', lastServiceDay: D });
    app.clock.set(BEFORE_E);

    const ticket = await fileTicket(app, org.customerToken, DOUBTFUL_ACCESS_TEXT);

    expect(ticket.requests).toEqual([
      expect.objectContaining({ kind: 'ADMIN_ACCESS', decision: 'NEEDS_REVIEW', reasonCode: 'LOW_CONFIDENCE', status: 'OPEN', dueAt: null }),
      expect.objectContaining({ kind: 'ROOT_ACCESS', decision: 'NEEDS_REVIEW', reasonCode: 'LOW_CONFIDENCE', status: 'OPEN', dueAt: null }),
    ]);
    expect(ticket.requests[0]!.explanation).toContain('специалист');
    expect(ticket.status).toBe('OPEN');
  });

  it('keeps an uncertain ticket that names nothing known open for agents', async () => {
    const reading = new TicketClassifier().classify(`Заявка\n\n${DOUBTFUL_TEXT}`);
    expect(reading).toEqual(expect.objectContaining({ labels: [], needsReview: true }));
    const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: D });

    const ticket = await fileTicket(app, org.customerToken, DOUBTFUL_TEXT);

    expect(ticket.requests).toEqual([]);
    expect(ticket.status).toBe('OPEN');
  });

  it('keeps a ticket that asks for nothing known open for agents, with no requests', async () => {
    const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: D });
    app.clock.set(BEFORE_E);

    const ticket = await fileTicket(app, org.customerToken, GENERAL_TEXT, 'Счёт');

    expect(ticket.requests).toEqual([]);
    expect(ticket.status).toBe('OPEN');
  });

  it('decides every request of a ticket that asks for several things', async () => {
    const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: D });
    app.clock.set(BEFORE_E);

    const ticket = await fileTicket(app, org.customerToken, `${ASKS.ru.BACKUP_EXPORT}. ${ASKS.ru.ROOT_ACCESS}.`);

    const byKind = Object.fromEntries(ticket.requests.map((r) => [r.kind, r]));
    expect(Object.keys(byKind).sort()).toEqual(['BACKUP_EXPORT', 'ROOT_ACCESS']);
    expect(byKind.BACKUP_EXPORT).toEqual(expect.objectContaining({ decision: 'APPROVED', reasonCode: 'EXPORT_APPROVED' }));
    expect(byKind.ROOT_ACCESS).toEqual(expect.objectContaining({ decision: 'REJECTED', reasonCode: 'NOT_AVAILABLE_FOR_CLOUD' }));
    expect(ticket.status).toBe('IN_PROGRESS');
  });

  describe('explanations', () => {
    it('writes in the language of the ticket, not of the organisation', async () => {
      const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: D, language: 'ru' });
      app.clock.set(E);

      const english = await fileTicket(app, org.customerToken, ASKS.en.ROOT_ACCESS, 'Root');
      const russian = await fileTicket(app, org.customerToken, ASKS.ru.ADMIN_ACCESS);

      expect(english.language).toBe('en');
      expect(english.requests[0]!.explanation).toContain('The cloud version runs on our company');
      expect(english.requests[0]!.explanation).toContain('until 31 July 2026, 00:00 (Europe/Moscow, UTC+03:00)');
      expect(russian.language).toBe('ru');
      expect(russian.requests[0]!.reasonCode).toBe('SERVICE_ENDED');
      expect(russian.requests[0]!.explanation).toContain('30.06.2026');
      expect(russian.requests[0]!.explanation).toContain('31.07.2026 00:00 (Europe/Moscow, UTC+03:00)');
    });

    it("states the purge in the organisation's timezone, not Moscow's", async () => {
      // Vladivostok is UTC+10: the purge at local midnight is 17:00 the day before in Moscow.
      const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: D, timezone: 'Asia/Vladivostok', language: 'en' });
      app.clock.set('2026-07-05T00:00:00.000Z');

      const ticket = await fileTicket(app, org.customerToken, ASKS.en.BACKUP_EXPORT, 'Export');

      expect(ticket.requests[0]).toEqual(expect.objectContaining({ decision: 'APPROVED', reasonCode: 'EXPORT_FROM_RETAINED_BACKUP' }));
      expect(ticket.requests[0]!.explanation).toContain('30 June 2026');
      expect(ticket.requests[0]!.explanation).toContain('until 31 July 2026, 00:00 (Asia/Vladivostok, UTC+10:00)');
    });

    it('states a purge after a daylight-saving change with the summer offset', async () => {
      // New York: E = 8 March 2026 00:00 EST; thirty days of hours later the clocks read 01:00 EDT.
      const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2026-03-07', timezone: 'America/New_York' });
      app.clock.set('2026-03-20T12:00:00.000Z');

      const ticket = await fileTicket(app, org.customerToken, ASKS.en.ADMIN_ACCESS, 'Admin');

      expect(ticket.requests[0]).toEqual(expect.objectContaining({ decision: 'REJECTED', reasonCode: 'SERVICE_ENDED' }));
      expect(ticket.requests[0]!.explanation).toContain('7 April 2026, 01:00 (America/New_York, UTC-04:00)');
    });
  });

  describe('the end of service in Vladivostok (UTC+10)', () => {
    // D = 30 June 2026 ends at 1 July 00:00 local time, which is 14:00 UTC on 30 June.
    const LOCAL_E = '2026-06-30T14:00:00.000Z';

    it.each([
      ['approves', shift(LOCAL_E, -1), 'APPROVED', 'ACCESS_APPROVED', LOCAL_E],
      ['rejects', LOCAL_E, 'REJECTED', 'SUPPORT_ENDED', null],
    ] as const)('%s server administrator access at %s', async (_verb, at, decision, reasonCode, dueAt) => {
      const org = await createOrganization(app, { product: 'SERVER', lastServiceDay: D, timezone: 'Asia/Vladivostok' });
      app.clock.set(at);

      const ticket = await fileTicket(app, org.customerToken, ASKS.ru.ADMIN_ACCESS);

      expect(ticket.requests).toEqual([expect.objectContaining({ kind: 'ADMIN_ACCESS', decision, reasonCode, dueAt })]);
    });

    it('reports the end of service and the purge of the organisation as instants', async () => {
      const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: D, timezone: 'Asia/Vladivostok' });
      const data = await app.ok<{ organization: { endOfService: string; backupPurgeAt: string } }>(
        `query($id: ID!) { organization(id: $id) { endOfService backupPurgeAt } }`,
        { id: org.id },
        org.customerToken,
      );
      expect(data.organization).toEqual({ endOfService: LOCAL_E, backupPurgeAt: shift(LOCAL_E, 30 * DAY_MS) });
    });
  });
});
