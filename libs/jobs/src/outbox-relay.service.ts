import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OUTBOX_CHANNEL } from '@app/helpdesk';
import { OutboxMessage } from '@app/persistence';
import { isJobName, JobName, JobProducer } from '@app/queue';

const BATCH = 200;
const POLL_MS = 2000;

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
      if (count < BATCH || this.stopped) return moved;
    }
  }

  private async relayBatch(): Promise<number> {
    return this.em.fork().transactional(async (em) => {
      const messages = await em
        .createQueryBuilder(OutboxMessage)
        .select('*')
        .where({ dispatchedAt: null })
        .orderBy({ id: 'asc' })
        .limit(BATCH)
        .setLockMode(LockMode.PESSIMISTIC_PARTIAL_WRITE)
        .getResultList();
      const known = messages.filter((message) => {
        if (isJobName(message.jobName)) return true;
        this.logger.error(`outbox row ${message.id} names an unknown job ${message.jobName}; left for an operator`);
        return false;
      });
      await this.producer.enqueueMany(known.map((m) => ({ name: m.jobName as JobName, payload: m.payload, jobId: m.jobId })));
      const now = new Date();
      for (const message of known) message.dispatchedAt = now;
      await em.flush();
      return messages.length;
    });
  }
}
