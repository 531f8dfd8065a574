import type { MailDelivery, SendResult } from './mail-delivery.interface';
import { assertMessageIdDomain } from './message-id.util';
import { OutboxDelivery } from './outbox.delivery';
import { buildMailOptions, type OutgoingMail, parseSender, type Sender } from './outgoing-mail.builder';
import { DEFAULT_SMTP_POOL, DEFAULT_SMTP_TIMEOUTS, SmtpDelivery, type SmtpPoolOptions, type SmtpTimeouts } from './smtp.delivery';

export type { OutgoingMail } from './outgoing-mail.builder';
export { NOTIFICATION_ID_HEADER } from './outgoing-mail.builder';
export type { SendResult } from './mail-delivery.interface';
export type { SmtpPoolOptions, SmtpTimeouts } from './smtp.delivery';

export interface MailTransportConfig {
  /** `smtp://host:port` or `smtps://user:pass@host:port`; absent means the .eml outbox. */
  smtpUrl?: string;
  outboxDir: string;
  /** `address` or `Name <address>`. */
  from: string;
  messageIdDomain: string;
  pool?: SmtpPoolOptions;
  timeouts?: Partial<SmtpTimeouts>;
}

/**
 * One per process. Validates and builds each message, then hands it to the pooled SMTP connection
 * or the outbox folder. Every failure comes out as a MailDeliveryError telling whether to retry.
 */
export class MailTransport {
  private constructor(
    private readonly delivery: MailDelivery,
    private readonly sender: Sender,
    private readonly messageIdDomain: string,
    readonly mode: 'smtp' | 'outbox',
  ) {}

  static fromConfig(cfg: MailTransportConfig): MailTransport {
    const sender = parseSender(cfg.from);
    assertMessageIdDomain(cfg.messageIdDomain);
    if (cfg.smtpUrl) {
      const timeouts = { ...DEFAULT_SMTP_TIMEOUTS, ...cfg.timeouts };
      return new MailTransport(new SmtpDelivery(cfg.smtpUrl, cfg.pool ?? DEFAULT_SMTP_POOL, timeouts), sender, cfg.messageIdDomain, 'smtp');
    }
    return new MailTransport(new OutboxDelivery(cfg.outboxDir), sender, cfg.messageIdDomain, 'outbox');
  }

  async send(mail: OutgoingMail): Promise<SendResult> {
    const { messageId, to, options } = buildMailOptions(mail, this.sender, this.messageIdDomain);
    return this.delivery.deliver(mail.notificationId, messageId, to, options);
  }

  close(): Promise<void> {
    return this.delivery.close();
  }
}
