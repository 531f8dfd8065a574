import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** One message as the sink received it: envelope from the SMTP session, the rest parsed by mailparser. */
export interface ParsedMessage {
  messageId: string;
  envelopeFrom: string;
  envelopeTo: string[];
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Lower-cased header name → raw (unfolded) value of its first occurrence. */
  headers: Record<string, string>;
  raw: Buffer;
  /** When the sink had read the whole message (Date.now()), before parsing it. */
  receivedAt: number;
}

interface FailurePlan {
  remaining: number;
  code: number;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((entry) => entry.value.map((address) => address.address ?? '')).filter(Boolean);
}

function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/**
 * A real SMTP server on a loopback port for tests and benchmarks: it accepts everything, parses each
 * message, and can be told to refuse the next DATA commands or to go down and come back up.
 */
export class SmtpSink {
  readonly messages: ParsedMessage[] = [];
  private readonly events = new EventEmitter();
  private readonly failures: FailurePlan[] = [];
  private server: SMTPServer | null = null;
  private boundPort: number;

  private constructor(port: number, private readonly parse: boolean) {
    this.boundPort = port;
    this.events.setMaxListeners(0);
  }

  /** `parse: false` keeps only envelope and raw bytes, for throughput measurements. */
  static async start(opts: { port?: number; parse?: boolean } = {}): Promise<SmtpSink> {
    const sink = new SmtpSink(opts.port ?? 0, opts.parse ?? true);
    await sink.listen();
    return sink;
  }

  get port(): number {
    return this.boundPort;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.boundPort}`;
  }

  /** Messages carrying this notification id header, in arrival order (duplicates included). */
  byNotificationId(notificationId: string): ParsedMessage[] {
    return this.messages.filter((m) => m.headers['x-helpdesk-notification-id'] === notificationId);
  }

  failNext(n: number, code: number): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`failNext needs a positive count, got ${n}`);
    if (!Number.isInteger(code) || code < 400 || code > 599) throw new Error(`failNext needs a 4xx or 5xx code, got ${code}`);
    this.failures.push({ remaining: n, code });
  }

  waitFor(predicate: (m: ParsedMessage) => boolean, timeoutMs = 10_000): Promise<ParsedMessage> {
    const found = this.messages.find(predicate);
    if (found) return Promise.resolve(found);
    return this.waitUntil(() => this.messages.find(predicate), timeoutMs, 'a matching message');
  }

  waitForCount(n: number, timeoutMs = 10_000): Promise<ParsedMessage[]> {
    const ready = () => (this.messages.length >= n ? this.messages.slice() : undefined);
    const now = ready();
    if (now) return Promise.resolve(now);
    return this.waitUntil(ready, timeoutMs, `${n} messages (have ${this.messages.length})`);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Pooled clients keep idle connections open; drop them so the port is free at once
      // instead of after smtp-server's grace period.
      for (const connection of server.connections) connection.close();
    });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.listen();
  }

  private waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const onMessage = () => {
        const value = check();
        if (value === undefined) return;
        clearTimeout(timer);
        this.events.off('message', onMessage);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.events.off('message', onMessage);
        reject(new Error(`SmtpSink: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.events.on('message', onMessage);
    });
  }

  private listen(): Promise<void> {
    const server = new SMTPServer({
      logger: false,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: 50 * 1024 * 1024,
      onData: (stream, session, callback) => {
        this.receive(stream, session).then(
          () => callback(),
          (err: Error) => callback(err),
        );
      },
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.boundPort, '127.0.0.1', () => {
        server.server.off('error', reject);
        this.boundPort = (server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const raw = await readAll(stream);
    const receivedAt = Date.now();
    const plan = this.failures[0];
    if (plan) {
      plan.remaining -= 1;
      if (plan.remaining === 0) this.failures.shift();
      throw Object.assign(new Error(plan.code < 500 ? 'Temporary failure, try again later' : 'Message refused'), { responseCode: plan.code });
    }
    const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
    const message = { ...(this.parse ? await this.parsed(raw, envelopeFrom, envelopeTo) : this.unparsed(raw, envelopeFrom, envelopeTo)), receivedAt };
    this.messages.push(message);
    this.events.emit('message', message);
  }

  private async parsed(raw: Buffer, envelopeFrom: string, envelopeTo: string[]): Promise<Omit<ParsedMessage, 'receivedAt'>> {
    const mail = await simpleParser(raw, { skipImageLinks: true });
    const headers: Record<string, string> = {};
    for (const { key, line } of mail.headerLines) {
      if (!(key in headers)) headers[key] = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    }
    return {
      messageId: mail.messageId ?? '',
      envelopeFrom,
      envelopeTo,
      to: addresses(mail.to),
      from: addresses(mail.from).join(', '),
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      html: typeof mail.html === 'string' ? mail.html : '',
      headers,
      raw,
    };
  }

  private unparsed(raw: Buffer, envelopeFrom: string, envelopeTo: string[]): Omit<ParsedMessage, 'receivedAt'> {
    const head = raw.subarray(0, Math.max(0, raw.indexOf('\r\n\r\n'))).toString('latin1');
    const header = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)?.[1].trim() ?? '';
    const headers = { 'message-id': header('Message-ID'), 'x-helpdesk-notification-id': header('X-Helpdesk-Notification-Id') };
    return { messageId: headers['message-id'], envelopeFrom, envelopeTo, to: envelopeTo, from: envelopeFrom, subject: '', text: '', html: '', headers, raw };
  }
}
