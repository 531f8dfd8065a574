import { ConfigException } from './config.exception';
import { loadConfig } from './load-config';

describe(loadConfig.name, () => {
  it('gives working defaults outside production', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.smtpUrl).toBeNull();
    expect(config.graphql.introspection).toBe(true);
    expect(config.exportLockMs).toBe(60_000);
    expect(config.retryBaseDelayMs).toBeNull();
  });

  it('requires the secrets in production and names them', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DOWNLOAD_LINK_SECRET is required/);
  });

  it.each([
    ['PORT', 'eighty', /PORT must be an integer/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL must use postgres/],
    ['REDIS_URL', 'not a url', /REDIS_URL is not a valid URL/],
    ['SMTP_URL', 'http://mail', /SMTP_URL must use smtp/],
    ['JWT_SECRET', 'short', /JWT_SECRET must be at least 32 characters/],
    ['NODE_ENV', 'staging', /NODE_ENV must be one of/],
    ['EXPORT_LOCK_MS', '10', /EXPORT_LOCK_MS must be an integer from 1000/],
    ['RETRY_BASE_DELAY_MS', '-5', /RETRY_BASE_DELAY_MS must be an integer from 1/],
    ['INTAKE_BATCH_MAX', '0', /INTAKE_BATCH_MAX must be an integer from 1 to 1000/],
    ['INTAKE_BATCHES_IN_FLIGHT', '1.5', /INTAKE_BATCHES_IN_FLIGHT must be an integer from 1/],
    ['MAIL_CONCURRENCY', '0', /MAIL_CONCURRENCY must be an integer from 1 to 500/],
    ['SMTP_MAX_CONNECTIONS', 'ten', /SMTP_MAX_CONNECTIONS must be an integer from 1 to 100/],
    ['SMTP_MAX_MESSAGES', '-1', /SMTP_MAX_MESSAGES must be an integer from 1/],
    ['MAIL_PER_SECOND', '0', /MAIL_PER_SECOND must be an integer from 1 to 100000/],
    ['RECONCILE_EVERY_MS', '500', /RECONCILE_EVERY_MS must be an integer from 1000/],
    ['RECONCILE_GRACE_MS', 'soon', /RECONCILE_GRACE_MS must be an integer from 1000/],
  ])('rejects a bad %s with a message naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('leaves intake fewer connections than the pool holds', () => {
    expect(loadConfig({}).intake).toEqual({ batchMax: 64, batchesInFlight: 2 });
    expect(loadConfig({ DATABASE_POOL_SIZE: '2' }).intake.batchesInFlight).toBe(1);
    expect(loadConfig({ DATABASE_POOL_SIZE: '1' }).intake.batchesInFlight).toBe(1);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '4', INTAKE_BATCHES_IN_FLIGHT: '4' })).toThrow(/INTAKE_BATCHES_IN_FLIGHT must be less than DATABASE_POOL_SIZE \(4\)/);
  });

  it('sizes the mail worker and its SMTP pool, never with more connections than jobs in flight', () => {
    expect(loadConfig({}).mail).toEqual({ concurrency: 32, smtpConnections: 10, smtpMessagesPerConnection: 100, perSecond: null });
    expect(loadConfig({ MAIL_CONCURRENCY: '4', SMTP_MAX_CONNECTIONS: '4', SMTP_MAX_MESSAGES: '1', MAIL_PER_SECOND: '300' }).mail).toEqual({
      concurrency: 4,
      smtpConnections: 4,
      smtpMessagesPerConnection: 1,
      perSecond: 300,
    });
    expect(() => loadConfig({ MAIL_CONCURRENCY: '4' })).toThrow('SMTP_MAX_CONNECTIONS (10) must not exceed MAIL_CONCURRENCY (4)');
  });

  it('reconciles lost work every 30 s, leaving work younger than 10 s to the outbox relay, unless told otherwise', () => {
    expect(loadConfig({}).reconcile).toEqual({ everyMs: 30_000, graceMs: 10_000 });
    expect(loadConfig({ RECONCILE_EVERY_MS: '5000', RECONCILE_GRACE_MS: '2000' }).reconcile).toEqual({ everyMs: 5000, graceMs: 2000 });
  });

  it('never echoes a URL that may hold a password', () => {
    try {
      loadConfig({ DATABASE_URL: 'postgres://user:s3cret@:::bad' });
      throw new Error('expected a ConfigException');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigException);
      expect((error as Error).message).not.toContain('s3cret');
    }
  });

  it('turns introspection off in production', () => {
    const secret = 'x'.repeat(40);
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, DOWNLOAD_LINK_SECRET: secret });
    expect(config.graphql.introspection).toBe(false);
  });
});
