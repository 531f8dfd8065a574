import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataExport, ExportStatus, Notification, NotificationStatus, OutboxMessage } from '@app/persistence';
import { jobIdFor, JobName, JobProducer, QUEUE_OF_JOB } from '@app/queue';

const EVERY_MS = 30_000;
/** Younger work may still be on its way through the outbox; leave it to the relay. */
const GRACE_MS = 10_000;

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
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), EVERY_MS);
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
    const before = new Date(now.getTime() - GRACE_MS);
    const undispatched = new Set(
      (await em.find(OutboxMessage, { dispatchedAt: null }, { fields: ['jobId'] })).map((m) => m.jobId),
    );
    const exports = await em.find(
      DataExport,
      { status: { $in: [ExportStatus.QUEUED, ExportStatus.RUNNING] }, updatedAt: { $lt: before } },
      { fields: ['id'], limit: 1000 },
    );
    const notifications = await em.find(
      Notification,
      { status: NotificationStatus.PENDING, createdAt: { $lt: before } },
      { fields: ['id'], limit: 5000 },
    );
    const revived: string[] = [];
    const work = [
      ...exports.map((e) => ({ name: JobName.RUN_EXPORT, payload: { exportId: e.id } }) as const),
      ...notifications.map((n) => ({ name: JobName.SEND_NOTIFICATION, payload: { notificationId: n.id } }) as const),
    ];
    for (const item of work) {
      const jobId = item.name === JobName.RUN_EXPORT ? jobIdFor[item.name](item.payload) : jobIdFor[item.name](item.payload);
      if (undispatched.has(jobId)) continue;
      const job = await this.producer.queue(QUEUE_OF_JOB[item.name]).getJob(jobId);
      // A job that exhausted its tries was settled by its handler; one that is gone was lost.
      if (job) {
        const state = await job.getState();
        if (state !== 'completed' && state !== 'unknown') continue;
        await job.remove().catch(() => undefined);
      }
      await this.producer.enqueue(item.name, item.payload as never, jobId);
      revived.push(jobId);
    }
    if (revived.length > 0) this.logger.warn(`re-enqueued ${revived.length} jobs Redis had lost: ${revived.slice(0, 10).join(', ')}`);
    return revived;
  }
}
