import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { MailDeliveryError } from './mail.exception';
import { addressList, type MailDelivery, type SendResult } from './mail-delivery.interface';
import { classifySmtpError } from './smtp-error.classifier';

export interface SmtpPoolOptions {
  maxConnections: number;
  maxMessages: number;
}

export interface SmtpTimeouts {
  connectionMs: number;
  greetingMs: number;
  socketMs: number;
}

/** nodemailer's defaults (2 min to connect, 10 min idle) would hold a worker slot long after the server is gone. */
export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectionMs: 10_000, greetingMs: 10_000, socketMs: 60_000 };
export const DEFAULT_SMTP_POOL: SmtpPoolOptions = { maxConnections: 5, maxMessages: 100 };

/**
 * Reads `smtp://[user:pass@]host[:port]` or `smtps://...`. Error messages never repeat the URL: it may
 * carry a password.
 */
export function parseSmtpUrl(smtpUrl: string): Pick<SMTPPool.Options, 'host' | 'port' | 'secure' | 'auth'> {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw MailDeliveryError.invalid('SMTP_URL is not a valid URL (expected smtp://host:port or smtps://host:port)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw MailDeliveryError.invalid(`SMTP_URL must use smtp:// or smtps://, got ${JSON.stringify(url.protocol)}`);
  }
  if (!url.hostname) throw MailDeliveryError.invalid('SMTP_URL has no host');
  const secure = url.protocol === 'smtps:';
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const user = decodeURIComponent(url.username);
  const auth = user ? { user, pass: decodeURIComponent(url.password) } : undefined;
  return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port, secure, auth };
}

/** One pooled connection set per process; BullMQ concurrency feeds it in parallel. */
export class SmtpDelivery implements MailDelivery {
  private readonly transporter: nodemailer.Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>;

  constructor(smtpUrl: string, pool: SmtpPoolOptions, timeouts: SmtpTimeouts) {
    if (!Number.isInteger(pool.maxConnections) || pool.maxConnections < 1 || !Number.isInteger(pool.maxMessages) || pool.maxMessages < 1) {
      throw MailDeliveryError.invalid('pool.maxConnections and pool.maxMessages must be positive integers');
    }
    this.transporter = nodemailer.createTransport({
      ...parseSmtpUrl(smtpUrl),
      pool: true,
      maxConnections: pool.maxConnections,
      maxMessages: pool.maxMessages,
      connectionTimeout: timeouts.connectionMs,
      greetingTimeout: timeouts.greetingMs,
      socketTimeout: timeouts.socketMs,
    });
    // Pool-level errors also reach the sendMail call they affect, where they are classified;
    // without a listener an EventEmitter 'error' would crash the worker instead.
    this.transporter.on('error', () => undefined);
  }

  async deliver(_notificationId: string, messageId: string, _to: string[], options: Mail.Options): Promise<SendResult> {
    try {
      const info = await this.transporter.sendMail(options);
      return { messageId, accepted: addressList(info.accepted), rejected: addressList(info.rejected) };
    } catch (err) {
      throw classifySmtpError(err);
    }
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
