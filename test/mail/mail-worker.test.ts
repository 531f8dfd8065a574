import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { UnrecoverableError } from 'bullmq';
import { NotificationSenderService } from '@app/jobs';
import { JobName, JobProducer } from '@app/queue';
import { MailDeliveryError } from '@app/mail';
import { Notification, NotificationStatus } from '@app/persistence';
import { ExportProcessor } from '../../apps/worker/src/export.processor';
import { MailProcessor } from '../../apps/worker/src/mail.processor';
import { createOrganization, fileTicket } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

/** The worker's mail path with many jobs in flight: shared reads and marks, one e-mail per notification. */
describe('mail worker', () => {
  let sink: SmtpSink;
  let app: TestApp;
  let sender: NotificationSenderService;
  let contact: string;
  let organizationId: string;
  let ticketId: string;

  const em = (): EntityManager => app.get<EntityManager>(EntityManager).fork();

  /** Pending "ticket received" notifications without outbox rows: only the calls of a test send them. */
  async function pendingNotifications(count: number): Promise<string[]> {
    const fork = em();
    const notifications = Array.from(
      { length: count },
      () => new Notification({ dedupeKey: `mail-worker:${randomUUID()}`, organizationId, ticketId, template: 'TICKET_RECEIVED', language: 'ru', data: { ticketId } }),
    );
    await fork.persistAndFlush(notifications);
    return notifications.map((n) => n.id);
  }

  const rowsOf = async (ids: string[]): Promise<Map<string, Notification>> => new Map((await em().find(Notification, { id: { $in: ids } })).map((n) => [n.id, n]));

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await TestApp.start({
      worker: true,
      env: { SMTP_URL: sink.url, MAIL_CONCURRENCY: '12', SMTP_MAX_CONNECTIONS: '3', SMTP_MAX_MESSAGES: '7', MAIL_PER_SECOND: '4', EXPORT_LOCK_MS: '4000' },
    });
    sender = app.workerGet<NotificationSenderService>(NotificationSenderService);
    contact = `mail-worker-${randomUUID()}@example.org`;
    const org = await createOrganization(app, { contactEmails: [contact] });
    organizationId = org.id;
    ticketId = (await fileTicket(app, org.customerToken, 'Не открывается курс после обновления')).id;
    await sink.waitFor((m) => m.to.includes(contact), 30_000);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await sink?.stop();
  });

  it('gives the BullMQ workers the configured mail concurrency and rate and export lock period', () => {
    expect(app.workerGet<MailProcessor>(MailProcessor).worker.opts).toMatchObject({ concurrency: 12, limiter: { max: 4, duration: 1000 } });
    expect(app.workerGet<ExportProcessor>(ExportProcessor).worker.opts).toMatchObject({ concurrency: 1, lockDuration: 4000, stalledInterval: 2000 });
  });

  it('sends each of a burst of notifications sent side by side once and marks each SENT with its Message-ID', async () => {
    const ids = await pendingNotifications(40);
    const outcomes = await Promise.all(ids.map((id) => sender.send(id, false)));
    expect(outcomes).toEqual(ids.map(() => 'SENT'));

    const rows = await rowsOf(ids);
    for (const id of ids) {
      const delivered = sink.byNotificationId(id);
      expect(delivered).toHaveLength(1);
      expect(delivered[0].envelopeTo).toEqual([contact]);
      expect(delivered[0].text).toContain('Не открывается курс после обновления');
      expect(rows.get(id)).toMatchObject({ status: NotificationStatus.SENT, messageId: delivered[0].messageId, attempts: 1, lastError: null });
      expect(rows.get(id)?.sentAt).toBeInstanceOf(Date);
    }
    // Run again, as a retried job would: nothing more goes out.
    expect(await Promise.all(ids.map((id) => sender.send(id, false)))).toEqual(ids.map(() => 'ALREADY_SENT'));
    for (const id of ids) expect(sink.byNotificationId(id)).toHaveLength(1);
  });

  it('hands the relay at most MAIL_PER_SECOND e-mails in any second, keeping the rest queued until their turn', async () => {
    const ids = await pendingNotifications(9);
    const producer = app.get<JobProducer>(JobProducer);
    await Promise.all(ids.map((notificationId) => producer.enqueue(JobName.SEND_NOTIFICATION, { notificationId })));
    const delivered = await Promise.all(ids.map((id) => sink.waitFor((m) => m.headers['x-helpdesk-notification-id'] === id, 30_000)));

    for (const id of ids) expect(sink.byNotificationId(id)).toHaveLength(1);
    // BullMQ counts in windows of a second, the first perhaps already part used by an earlier e-mail: nine at
    // four a window take at least three windows, so the last goes out a whole window after the first at least.
    // Unlimited, the nine go out within some tens of milliseconds.
    const times = delivered.map((m) => m.receivedAt).sort((a, b) => a - b);
    expect(times[times.length - 1]! - times[0]!).toBeGreaterThanOrEqual(900);
  });

  it('skips ids no notification has without failing the notifications read with them', async () => {
    const [id] = await pendingNotifications(1);
    const outcomes = await Promise.all([sender.send(id, false), sender.send('not-a-uuid', false), sender.send(randomUUID(), false)]);
    expect(outcomes).toEqual(['SENT', 'SKIPPED', 'SKIPPED']);
    expect(sink.byNotificationId(id)).toHaveLength(1);
  });

  it('keeps a notification refused with 451 pending for its retry, and fails one refused with 550 for good', async () => {
    const [temporary, permanent] = await pendingNotifications(2);
    sink.failNext(1, 451);
    const first = await sender.send(temporary, false).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(MailDeliveryError);
    expect(first).not.toBeInstanceOf(UnrecoverableError);
    expect((await rowsOf([temporary])).get(temporary)).toMatchObject({ status: NotificationStatus.PENDING, attempts: 1, messageId: null });
    expect(await sender.send(temporary, false)).toBe('SENT');
    expect((await rowsOf([temporary])).get(temporary)).toMatchObject({ status: NotificationStatus.SENT, attempts: 2, lastError: null });
    expect(sink.byNotificationId(temporary)).toHaveLength(1);

    sink.failNext(1, 550);
    await expect(sender.send(permanent, false)).rejects.toBeInstanceOf(UnrecoverableError);
    const failed = (await rowsOf([permanent])).get(permanent);
    expect(failed).toMatchObject({ status: NotificationStatus.FAILED, attempts: 1, messageId: null });
    expect(failed?.lastError).toMatch(/550/);
    expect(await sender.send(permanent, false)).toBe('SKIPPED');
    expect(sink.byNotificationId(permanent)).toHaveLength(0);
  });
});
