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
    for await (const page of stalledExports) {
      revived.push(...(await this.reviveLost(JobName.RUN_EXPORT, page.map(({ id }) => ({ exportId: id })), undispatched)));
    }
    for await (const page of pendingMail) {
      revived.push(...(await this.reviveLost(JobName.SEND_NOTIFICATION, page.map(({ id }) => ({ notificationId: id })), undispatched)));
    }
    if (revived.length > 0) this.logger.warn(`re-enqueued ${revived.length} jobs Redis had lost: ${revived.slice(0, 10).join(', ')}`);
    return revived;
  }

  /**
   * Enqueues again the work of one page whose job is neither in the outbox nor live in Redis;
   * returns their job ids. One pipelined round trip sorts out the page: a backlog of pending mail
   * (every ticket's e-mail while intake outruns the mail) took two round trips per job.
   */
  private async reviveLost<N extends JobName>(name: N, payloads: JobPayloads[N][], undispatched: ReadonlySet<string>): Promise<string[]> {
    const candidates = payloads.map((payload) => ({ payload, jobId: jobIdFor[name](payload as never) })).filter(({ jobId }) => !undispatched.has(jobId));
    const live = await this.liveJobIds(name, candidates.map(({ jobId }) => jobId));
    const revived: string[] = [];
    for (const { payload, jobId } of candidates) {
      if (!live.has(jobId) && (await this.revive(name, payload, jobId))) revived.push(jobId);
    }
    return revived;
  }

  /**
   * The job ids Redis holds as work still to do or being done: the job is there and has not
   * finished. Finished ones (completed, or failed for good) go to `revive`, which tells them apart.
   */
  private async liveJobIds(name: JobName, jobIds: string[]): Promise<Set<string>> {
    if (jobIds.length === 0) return new Set();
    const queue = this.producer.queue(QUEUE_OF_JOB[name]);
    const pipeline = (await queue.client).pipeline();
    for (const jobId of jobIds) pipeline.hgetall(queue.toKey(jobId));
    const replies = (await pipeline.exec()) ?? [];
    return new Set(
      jobIds.filter((_, i) => {
        const [error, job] = (replies[i] ?? [new Error('no reply'), null]) as [Error | null, Record<string, string> | null];
        return error === null && job !== null && Object.keys(job).length > 0 && job.finishedOn === undefined;
      }),
    );
  }

  /** Enqueues the work again unless Redis still has its job; tells whether it did. */
  private async revive<N extends JobName>(name: N, payload: JobPayloads[N], jobId: string): Promise<boolean> {
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

/** Every page a keyset read returns, page after page in id order from the smallest uuid. */
async function* keysetPages<T extends { id: string }>(read: (after: string) => Promise<T[]>): AsyncGenerator<T[]> {
  for (let after = NIL_UUID; ; ) {
    const rows = await read(after);
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].id;
  }
}
