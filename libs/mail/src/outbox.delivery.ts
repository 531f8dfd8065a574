import { randomUUID } from 'node:crypto';
import { access, link, mkdir, open, rename, rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type StreamTransport from 'nodemailer/lib/stream-transport';
import { MailDeliveryError, MailErrorCode } from './mail.exception';
import type { MailDelivery, SendResult } from './mail-delivery.interface';

/**
 * Without an SMTP server, messages become `<outboxDir>/<notificationId>.eml`. The file is written
 * and synced under a temporary name before it takes its real name, so a reader never sees half a
 * message; an existing file means the notification was already sent and nothing is written again.
 */
export class OutboxDelivery implements MailDelivery {
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  constructor(readonly outboxDir: string) {
    if (!outboxDir || !isAbsolute(outboxDir)) throw MailDeliveryError.invalid('outboxDir must be an absolute path');
  }

  fileFor(notificationId: string): string {
    return join(this.outboxDir, `${notificationId.toLowerCase()}.eml`);
  }

  async deliver(notificationId: string, messageId: string, to: string[], options: Mail.Options): Promise<SendResult> {
    const target = this.fileFor(notificationId);
    if (await exists(target)) return { messageId, accepted: to, rejected: [] };

    const info: StreamTransport.SentMessageInfo = await this.composer.sendMail(options);
    const raw = info.message;
    if (!Buffer.isBuffer(raw)) throw new MailDeliveryError(MailErrorCode.UNKNOWN, 'the message composer returned no buffer', true);

    const temp = join(this.outboxDir, `.${notificationId.toLowerCase()}.${process.pid}.${randomUUID()}.tmp`);
    try {
      await mkdir(this.outboxDir, { recursive: true });
      const handle = await open(temp, 'wx', 0o640);
      try {
        await handle.writeFile(raw);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await publish(temp, target);
    } catch (err) {
      await rm(temp, { force: true });
      throw new MailDeliveryError(MailErrorCode.OUTBOX_WRITE_FAILED, `cannot write the outbox file: ${(err as Error).message}`, true, undefined, { cause: err });
    }
    return { messageId, accepted: to, rejected: [] };
  }

  async close(): Promise<void> {
    this.composer.close();
  }
}

/**
 * A hard link never replaces an existing file, so two workers racing on the same notification leave
 * the first complete file in place; rename is the fallback where the filesystem has no hard links.
 */
async function publish(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
    if (code !== 'EEXIST') {
      await rename(temp, target);
      return;
    }
  }
  await rm(temp, { force: true });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
