import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import IORedis from 'ioredis';
import { Role, TokenService } from '@app/auth';
import { APP_CONFIG, AppConfig, loadConfig } from '@app/config';
import { FixedClock } from '@app/domain';
import { CLOCK } from '@app/helpdesk';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApiApp } from '../../apps/api/src/bootstrap';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { TestDatabase } from './test-database';

export interface TestAppOptions {
  /** Start the worker (relay, reconciler, processors) in this process too. */
  worker?: boolean;
  /** The instant the app believes it is; move it with `app.clock.set(...)`. */
  now?: string;
  /** Extra environment for the config, e.g. SMTP_URL. */
  env?: Record<string, string>;
}

export interface GraphQLResult<T> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: { code?: string } }[] | undefined;
}

/**
 * The real API over HTTP on a random port, against a database of its own, a Redis key prefix of
 * its own and temporary folders, so test files run side by side. The clock is controlled.
 */
export class TestApp {
  private constructor(
    readonly config: AppConfig,
    readonly database: TestDatabase,
    readonly clock: FixedClock,
    readonly baseUrl: string,
    private readonly api: NestExpressApplication,
    private worker: INestApplicationContext | null,
    private readonly folder: string,
  ) {}

  static async start(options: TestAppOptions = {}): Promise<TestApp> {
    const database = await TestDatabase.create('e2e');
    const folder = await mkdtemp(join(tmpdir(), 'helpdesk-e2e-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `test-${database.name}`,
      STORAGE_DIR: join(folder, 'archives'),
      MAIL_OUTBOX_DIR: join(folder, 'outbox'),
      JWT_SECRET: 'an-end-to-end-test-secret-of-enough-length',
      PUBLIC_URL: 'http://127.0.0.1:1',
      ...options.env,
    });
    const clock = new FixedClock(options.now ?? new Date().toISOString());
    const moduleRef = await Test.createTestingModule({ imports: [ApiModule] })
      .overrideProvider(APP_CONFIG)
      .useValue(config)
      .overrideProvider(CLOCK)
      .useValue(clock)
      .compile();
    const api = configureApiApp(moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false }));
    await api.listen(0, '127.0.0.1');
    const port = (api.getHttpServer().address() as AddressInfo).port;
    const app = new TestApp({ ...config, publicUrl: `http://127.0.0.1:${port}` }, database, clock, `http://127.0.0.1:${port}`, api, null, folder);
    if (options.worker) await app.startWorker();
    return app;
  }

  /** Starts (or restarts) the in-process worker. */
  async startWorker(): Promise<void> {
    if (this.worker) return;
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(APP_CONFIG)
      .useValue(this.config)
      .overrideProvider(CLOCK)
      .useValue(this.clock)
      .compile();
    moduleRef.useLogger(false);
    this.worker = await moduleRef.init();
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }

  workerGet<T>(token: Parameters<INestApplicationContext['get']>[0]): T {
    if (!this.worker) throw new Error('the worker is not running');
    return this.worker.get(token) as T;
  }

  get<T>(token: Parameters<INestApplicationContext['get']>[0]): T {
    return this.api.get(token) as T;
  }

  token(role: Role, organizationId?: string, subject?: string): Promise<string> {
    return new TokenService(this.config.jwt).sign({ role, subject: subject ?? `${role}-test`, organizationId: organizationId ?? null, email: null });
  }

  async graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLResult<T>['errors'] };
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  }

  /** Like `graphql`, but fails the test on any error. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** Removes this app's BullMQ keys: Redis "forgets" the work, PostgreSQL still knows it. */
  async flushQueues(): Promise<void> {
    const redis = new IORedis(this.config.redisUrl);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.config.queuePrefix}:*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }

  async close(): Promise<void> {
    await this.stopWorker();
    await this.api.close();
    await this.flushQueues();
    await this.database.drop();
    await rm(this.folder, { recursive: true, force: true });
  }
}

export { Role };
