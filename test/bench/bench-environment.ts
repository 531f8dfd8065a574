import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import IORedis from 'ioredis';
import { Pool } from 'pg';
import { Role, TokenService } from '@app/auth';
import { migrateDatabase } from '@app/persistence';
import { BenchChild, freePort } from './bench-child';
import { settleOutbox } from './mail-burst';

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The built apps, next to this file's build under dist/. */
export const DIST_ROOT = resolve(__dirname, '..', '..');

/**
 * One benchmark's own database (migrated like production), Redis prefix and folders, and the
 * environment the API and worker children are started with. `dispose()` removes all of it.
 */
export class BenchEnvironment {
  readonly pool: Pool;
  readonly tokens: TokenService;
  private readonly children = new Set<BenchChild>();

  private constructor(
    readonly name: string,
    readonly databaseUrl: string,
    readonly folder: string,
    private readonly secret: string,
  ) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 4 });
    this.tokens = new TokenService({ secret, jwksUrl: null, issuer: null, audience: null });
  }

  static async create(label: string): Promise<BenchEnvironment> {
    const name = `bench_${label}_${randomBytes(4).toString('hex')}`;
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    await migrateDatabase(url.toString());
    const folder = await mkdtemp(join(tmpdir(), `helpdesk-${name}-`));
    return new BenchEnvironment(name, url.toString(), folder, randomBytes(32).toString('hex'));
  }

  get storageDir(): string {
    return join(this.folder, 'archives');
  }

  get downloadLinkSecret(): string {
    return `${this.secret}:download-links`;
  }

  /** What the API and the worker read, as an operator would set it. */
  appEnv(extra: Record<string, string> = {}): Record<string, string> {
    return {
      NODE_ENV: 'production',
      DATABASE_URL: this.databaseUrl,
      REDIS_URL,
      QUEUE_PREFIX: this.name,
      JWT_SECRET: this.secret,
      DOWNLOAD_LINK_SECRET: this.downloadLinkSecret,
      STORAGE_DIR: this.storageDir,
      MAIL_OUTBOX_DIR: join(this.folder, 'outbox'),
      ...extra,
    };
  }

  async startApi(extra: Record<string, string> = {}): Promise<{ child: BenchChild; url: string }> {
    const port = await freePort();
    const { child } = await BenchChild.start('api', join(DIST_ROOT, 'apps/api/src/main.js'), {
      env: this.appEnv({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...extra }),
      ready: /GraphQL at /,
    });
    this.children.add(child);
    return { child, url: `http://127.0.0.1:${port}` };
  }

  async startWorker(extra: Record<string, string> = {}): Promise<BenchChild> {
    const { child } = await BenchChild.start('worker', join(DIST_ROOT, 'apps/worker/src/main.js'), {
      env: this.appEnv(extra),
      ready: /worker started/,
    });
    this.children.add(child);
    return child;
  }

  async stop(child: BenchChild): Promise<void> {
    this.children.delete(child);
    await child.stop();
  }

  token(role: Role, organizationId?: string): Promise<string> {
    return this.tokens.sign({ role, subject: `bench-${role}`, organizationId: organizationId ?? null, email: null }, 6 * 3600);
  }

  /**
   * Marks pending mail sent and the outbox relayed, and drops every job queued in Redis, so a
   * worker started next sees only the work that follows: a worker stopped mid-backlog (intake
   * under fire) leaves thousands of mail jobs, which the next part's worker would take up.
   */
  async settleWork(): Promise<void> {
    await settleOutbox(this.pool);
    await dropRedisKeys(this.name);
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.children].map((c) => c.stop()));
    await this.pool.end();
    await dropRedisKeys(this.name);
    const admin = new Pool({ connectionString: ADMIN_URL, max: 1 });
    try {
      await admin.query(`drop database if exists "${this.name}" with (force)`);
    } finally {
      await admin.end();
    }
    await rm(this.folder, { recursive: true, force: true });
  }
}

/** The worker's settings that shape its share of the machine and its mail, passed on from the bench's environment. */
export const WORKER_SETTINGS = ['WORKER_CPU_POLICY', 'WORKER_NICENESS', 'EXPORT_COMPRESSION_LEVEL', 'MAIL_CONCURRENCY', 'SMTP_MAX_CONNECTIONS', 'MAIL_PER_SECOND'] as const;

/** Those of the named settings the bench's own environment sets, to pass on to a child and try other values. */
export function settingsFromEnvironment(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (process.env[name] ? [[name, process.env[name]!] as const] : [])));
}

async function dropRedisKeys(prefix: string): Promise<void> {
  const redis = new IORedis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
