import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OUTBOX_CHANNEL } from '@app/helpdesk';
import { BOOKKEEPING_COMMIT } from '@app/persistence';
import { JobName, JobProducer } from '@app/queue';

const BATCH = 200;
const POLL_MS = 2000;
/** The job names this release handles, as a PostgreSQL array literal. */
const KNOWN_JOBS = `{${Object.values(JobName).join(',')}}`;

/** A pending outbox row as the relay reads it; ids are bigint, so text. */
interface PendingRow {
  id: string;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
}

/**
 * Moves committed outbox rows to BullMQ. Woken by NOTIFY on commit, and polling as a fallback.
 * Rows are claimed with SKIP LOCKED, so several workers relay side by side without doubles; the
 * deterministic job id makes a row relayed twice (crash after add, before commit) one job.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly reported = new Set<string>();
  private checkedUnknownAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly em: EntityManager,
    private readonly producer: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.listener = new Client({ connectionString: this.config.databaseUrl });
    this.listener.on('error', (error) => this.logger.warn(`outbox listener: ${error.message}`));
    this.listener.on('notification', () => this.kick());
    await this.listener.connect();
    await this.listener.query(`listen ${OUTBOX_CHANNEL}`);
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** Drains now, or right after the drain in progress, never two at once in this process. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`outbox relay failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Relays until nothing is pending; returns how many rows it moved. */
  async drain(): Promise<number> {
    let moved = 0;
    for (;;) {
      const count = await this.relayBatch();
      moved += count;
      if (count < BATCH || this.stopped) break;
    }
    // A drain follows every commit that wrote outbox rows; a look for unknown rows every poll is enough.
    if (performance.now() - this.checkedUnknownAt >= POLL_MS) {
      this.checkedUnknownAt = performance.now();
      await this.reportUnknownJobs();
    }
    return moved;
  }

  /**
   * One page of pending rows, claimed, enqueued and marked in one transaction: a crash before the
   * commit leaves them pending, and relaying them again is harmless (see the class). Plain SQL:
   * mapping each row to an entity and diffing it on flush cost the worker more than enqueueing it.
   * Rows naming a job this release does not know are not read here, so they never fill a page.
   */
  private async relayBatch(): Promise<number> {
    return this.em.fork().transactional(async (em) => {
      await em.execute(BOOKKEEPING_COMMIT);
      const messages = await em.execute<PendingRow[]>(
        `select id, job_name, job_id, payload from outbox_message
          where dispatched_at is null and job_name = any(?::text[])
          order by id
          limit ?
            for update skip locked`,
        [KNOWN_JOBS, BATCH],
      );
      if (messages.length === 0) return 0;
      await this.producer.enqueueMany(messages.map((m) => ({ name: m.job_name as JobName, payload: m.payload, jobId: m.job_id })));
      await em.execute(`update outbox_message set dispatched_at = now() where id = any(?::bigint[])`, [`{${messages.map((m) => m.id).join(',')}}`]);
      return messages.length;
    });
  }

  /**
   * Rows naming a job this release does not know (one written by a newer release during a rolling
   * deploy) stay pending for a worker that knows them; each is reported once per process.
   */
  private async reportUnknownJobs(): Promise<void> {
    const rows = await this.em.fork().execute<{ id: string; job_name: string }[]>(
      `select id, job_name from outbox_message where dispatched_at is null and job_name <> all(?::text[]) order by id limit 100`,
      [KNOWN_JOBS],
    );
    for (const row of rows) {
      if (this.reported.has(row.id)) continue;
      this.reported.add(row.id);
      this.logger.error(`outbox row ${row.id} names an unknown job ${row.job_name}; left pending for a worker that knows it`);
    }
  }
}
