import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DataExport, ExportStatus, Notification, NotificationStatus, OutboxMessage } from '@app/persistence';
import { jobIdFor, JobName, JobPayloads, JobProducer, QUEUE_OF_JOB } from '@app/queue';

/** Pending work is read in pages of this many rows, so a backlog of any size is seen whole. */
const PAGE = 500;

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * PostgreSQL is the truth, Redis only the transport: work the database says is pending but whose
 * job Redis no longer has (restarted, flushed, evicted) is enqueued again.
 */
@Injectable()
export class WorkReconcilerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkReconcilerService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly producer: JobProducer,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'reconcile'>,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.reconcile.everyMs);
    this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.reconcile()
      .catch((error: unknown) => this.logger.error(`reconcile failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (this.running = null));
  }

  /** Returns the job ids it enqueued again. */
  async reconcile(now = new Date()): Promise<string[]> {
    const em = this.em.fork();
    // Younger work may still be on its way through the outbox; it is left to the relay.
    const before = new Date(now.getTime() - this.config.reconcile.graceMs);
    const undispatched = new Set((await em.find(OutboxMessage, { dispatchedAt: null }, { fields: ['jobId'] })).map((m) => m.jobId));
    const stalledExports = keysetPages((after) =>
      em.find(
        DataExport,
        { status: { $in: [ExportStatus.QUEUED, ExportStatus.RUNNING] }, updatedAt: { $lt: before }, id: { $gt: after } },
        { fields: ['id'], orderBy: { id: 'asc' }, limit: PAGE },
      ),
    );
    const pendingMail = keysetPages((after) =>
      em.find(
        Notification,
        { status: NotificationStatus.PENDING, createdAt: { $lt: before }, id: { $gt: after } },
        { fields: ['id'], orderBy: { id: 'asc' }, limit: PAGE },
      ),
    );
    const revived: string[] = [];
    for await (const { id } of stalledExports) {
      const payload = { exportId: id };
      const jobId = jobIdFor[JobName.RUN_EXPORT](payload);
      if (await this.revive(JobName.RUN_EXPORT, payload, jobId, undispatched)) revived.push(jobId);
    }
    for await (const { id } of pendingMail) {
      const payload = { notificationId: id };
      const jobId = jobIdFor[JobName.SEND_NOTIFICATION](payload);
      if (await this.revive(JobName.SEND_NOTIFICATION, payload, jobId, undispatched)) revived.push(jobId);
    }
    if (revived.length > 0) this.logger.warn(`re-enqueued ${revived.length} jobs Redis had lost: ${revived.slice(0, 10).join(', ')}`);
    return revived;
  }

  /** Enqueues the work again unless its job is still in the outbox or in Redis; tells whether it did. */
  private async revive<N extends JobName>(name: N, payload: JobPayloads[N], jobId: string, undispatched: ReadonlySet<string>): Promise<boolean> {
    if (undispatched.has(jobId)) return false;
    const job = await this.producer.queue(QUEUE_OF_JOB[name]).getJob(jobId);
    // A job that exhausted its tries was settled by its handler; one that is gone was lost.
    if (job) {
      const state = await job.getState();
      if (state !== 'completed' && state !== 'unknown') return false;
      await job.remove().catch(() => undefined);
    }
    await this.producer.enqueue(name, payload, jobId);
    return true;
  }
}

/** Every row a keyset read returns, reading page after page in id order from the smallest uuid. */
async function* keysetPages<T extends { id: string }>(read: (after: string) => Promise<T[]>): AsyncGenerator<T> {
  for (let after = NIL_UUID; ; ) {
    const rows = await read(after);
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].id;
  }
}
