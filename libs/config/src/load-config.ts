import { resolve } from 'node:path';
import { AppConfig } from './app-config';
import { ConfigException } from './config.exception';

type Env = Readonly<Record<string, string | undefined>>;

// Development defaults let `npm run demo` work on a fresh machine; production refuses them.
const DEV_SECRET = 'development-only-secret-change-me-0123456789';

/** Reads and validates the environment; throws one error naming every bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development', problems);
  const production = nodeEnv === 'production';
  const port = integer(env, 'PORT', 3000, 0, 65535, problems);

  const secret = text(env, 'JWT_SECRET', production ? undefined : DEV_SECRET, problems);
  if (secret && secret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
  const linkSecret = text(env, 'DOWNLOAD_LINK_SECRET', production ? undefined : `${secret}:download-links`, problems);
  if (linkSecret && linkSecret.length < 32) problems.push('DOWNLOAD_LINK_SECRET must be at least 32 characters');

  const config: AppConfig = {
    nodeEnv,
    port,
    databaseUrl: url(env, 'DATABASE_URL', 'postgresql://postgres@127.0.0.1:5432/helpdesk', ['postgres:', 'postgresql:'], problems),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200, problems),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:'], problems),
    queuePrefix: text(env, 'QUEUE_PREFIX', 'helpdesk', problems),
    smtpUrl: env.SMTP_URL ? url(env, 'SMTP_URL', undefined, ['smtp:', 'smtps:'], problems) : null,
    mailFrom: text(env, 'MAIL_FROM', 'Helpdesk <support@helpdesk.local>', problems),
    mail: {
      concurrency: integer(env, 'MAIL_CONCURRENCY', 32, 1, 500, problems),
      smtpConnections: integer(env, 'SMTP_MAX_CONNECTIONS', 10, 1, 100, problems),
      smtpMessagesPerConnection: integer(env, 'SMTP_MAX_MESSAGES', 100, 1, 100_000, problems),
      perSecond: env.MAIL_PER_SECOND ? integer(env, 'MAIL_PER_SECOND', 0, 1, 100_000, problems) : null,
    },
    mailOutboxDir: resolve(text(env, 'MAIL_OUTBOX_DIR', 'var/outbox', problems)),
    jwt: {
      secret,
      jwksUrl: env.JWT_JWKS_URL ? url(env, 'JWT_JWKS_URL', undefined, ['https:', 'http:'], problems) : null,
      issuer: env.JWT_ISSUER || null,
      audience: env.JWT_AUDIENCE || null,
    },
    publicUrl: url(env, 'PUBLIC_URL', `http://localhost:${port}`, ['https:', 'http:'], problems).replace(/\/+$/, ''),
    storageDir: resolve(text(env, 'STORAGE_DIR', 'var/archives', problems)),
    downloadLinkSecret: linkSecret,
    downloadLinkTtlDays: integer(env, 'DOWNLOAD_LINK_TTL_DAYS', 7, 1, 365, problems),
    workerNiceness: integer(env, 'WORKER_NICENESS', 10, 0, 19, problems),
    workerCpuPolicy: oneOf(env, 'WORKER_CPU_POLICY', ['idle', 'nice'] as const, 'idle', problems),
    dutiesEveryMs: integer(env, 'DUTIES_EVERY_MS', 60_000, 1000, 86_400_000, problems),
    reconcile: {
      everyMs: integer(env, 'RECONCILE_EVERY_MS', 30_000, 1000, 86_400_000, problems),
      graceMs: integer(env, 'RECONCILE_GRACE_MS', 10_000, 1000, 86_400_000, problems),
    },
    exportCompressionLevel: integer(env, 'EXPORT_COMPRESSION_LEVEL', 6, 0, 9, problems),
    exportLockMs: integer(env, 'EXPORT_LOCK_MS', 60_000, 1000, 3_600_000, problems),
    retryBaseDelayMs: env.RETRY_BASE_DELAY_MS ? integer(env, 'RETRY_BASE_DELAY_MS', 0, 1, 3_600_000, problems) : null,
    intake: {
      batchMax: integer(env, 'INTAKE_BATCH_MAX', 64, 1, 1000, problems),
      batchesInFlight: integer(env, 'INTAKE_BATCHES_IN_FLIGHT', 2, 1, 50, problems),
    },
    graphql: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 8, 2, 50, problems),
      maxComplexity: integer(env, 'GRAPHQL_MAX_COMPLEXITY', 2000, 10, 1_000_000, problems),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 30, 1, 1000, problems),
      introspection: !production,
    },
    guidance: {
      serverConsole: text(env, 'GUIDE_SERVER_CONSOLE_URL', 'https://support.example.org/kb/server-console', problems),
      passwordReset: text(
        env,
        'GUIDE_PASSWORD_RESET_URLS',
        'https://support.example.org/kb/password-reset-1,https://support.example.org/kb/password-reset-2',
        problems,
      )
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      knowledgeBase: text(env, 'GUIDE_KNOWLEDGE_BASE_URL', 'https://support.example.org/kb', problems),
    },
  };
  // Intake must leave a connection for everything else the process does (queries, agents' changes).
  if (config.intake.batchesInFlight >= config.databasePoolSize && env.INTAKE_BATCHES_IN_FLIGHT) {
    problems.push(`INTAKE_BATCHES_IN_FLIGHT must be less than DATABASE_POOL_SIZE (${config.databasePoolSize})`);
  }
  // Connections beyond the jobs in flight would never carry a message.
  if (config.mail.smtpConnections > config.mail.concurrency) {
    problems.push(`SMTP_MAX_CONNECTIONS (${config.mail.smtpConnections}) must not exceed MAIL_CONCURRENCY (${config.mail.concurrency})`);
  }
  if (problems.length > 0) throw new ConfigException(problems);
  return { ...config, intake: { ...config.intake, batchesInFlight: Math.max(1, Math.min(config.intake.batchesInFlight, config.databasePoolSize - 1)) } };
}

function text(env: Env, name: string, fallback: string | undefined, problems: string[]): string {
  const value = env[name];
  if (value !== undefined && value !== '') return value;
  if (fallback === undefined) problems.push(`${name} is required`);
  return fallback ?? '';
}

function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return fallback;
}

function url(env: Env, name: string, fallback: string | undefined, protocols: string[], problems: string[]): string {
  const raw = text(env, name, fallback, problems);
  if (!raw) return raw;
  try {
    const parsed = new URL(raw);
    if (!protocols.includes(parsed.protocol)) {
      problems.push(`${name} must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
    }
  } catch {
    // The value may hold a password: name the variable, never echo it.
    problems.push(`${name} is not a valid URL`);
  }
  return raw;
}
