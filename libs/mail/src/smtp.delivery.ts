import { connect } from 'node:net';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import type MimeNode from 'nodemailer/lib/mime-node';
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
/**
 * nodemailer does not pipeline SMTP commands, so each connection waits a few round trips per message;
 * ten connections keep a loopback or LAN relay busy (see test/bench/mail.bench.ts) and stay within
 * what common relays allow one client.
 */
export const DEFAULT_SMTP_POOL: SmtpPoolOptions = { maxConnections: 10, maxMessages: 100 };

/**
 * Reads `smtp://[user:pass@]host[:port]` or `smtps://...`. Error messages never repeat the URL: it may
 * carry a password.
 */
export interface SmtpTarget {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
}

export function parseSmtpUrl(smtpUrl: string): SmtpTarget {
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

type SocketCallback = (err: Error | null, socketOptions?: { connection: ReturnType<typeof connect> }) => void;

/**
 * nodemailer writes a message and its closing dot separately; with Nagle's algorithm on, the dot
 * waits for the server's delayed ACK, about 40 ms a message. Handing the pool sockets opened with
 * TCP_NODELAY removes that wait (nodemailer still runs the TLS upgrade for smtps:// on them).
 */
function noDelaySockets(host: string, port: number, timeoutMs: number) {
  return (_options: SMTPPool.Options, callback: SocketCallback): void => {
    const socket = connect({ host, port, noDelay: true });
    const fail = (err: Error) => {
      clearTimeout(timer);
      socket.destroy();
      callback(err);
    };
    const timer = setTimeout(() => fail(Object.assign(new Error(`Connection timeout to ${host}:${port}`), { code: 'ETIMEDOUT' })), timeoutMs);
    socket.once('error', fail);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', fail);
      callback(null, { connection: socket });
    });
  };
}

/**
 * Composed whole before it is handed over: streamed, nodemailer writes a message as a dozen small
 * socket writes (a header, each boundary, each encoded part), one as a single buffer, and each write
 * is a system call and a packet.
 */
async function composeMessage(options: Mail.Options): Promise<{ raw: Buffer; envelope: MimeNode.Envelope }> {
  const message = new MailComposer(options).compile();
  return { raw: await message.build(), envelope: message.getEnvelope() };
}

/** One pooled connection set per process; BullMQ concurrency feeds it in parallel. */
export class SmtpDelivery implements MailDelivery {
  private readonly transporter: nodemailer.Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>;

  constructor(smtpUrl: string, pool: SmtpPoolOptions, timeouts: SmtpTimeouts) {
    if (!Number.isInteger(pool.maxConnections) || pool.maxConnections < 1 || !Number.isInteger(pool.maxMessages) || pool.maxMessages < 1) {
      throw MailDeliveryError.invalid('pool.maxConnections and pool.maxMessages must be positive integers');
    }
    const target = parseSmtpUrl(smtpUrl);
    this.transporter = nodemailer.createTransport({
      ...target,
      getSocket: noDelaySockets(target.host, target.port, timeouts.connectionMs),
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
      const { raw, envelope } = await composeMessage(options);
      // The Message-ID again, or nodemailer draws random bytes for one it never writes.
      const info = await this.transporter.sendMail({ raw, envelope, messageId: options.messageId });
      return { messageId, accepted: addressList(info.accepted), rejected: addressList(info.rejected) };
    } catch (err) {
      throw classifySmtpError(err);
    }
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
