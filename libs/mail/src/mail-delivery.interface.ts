import type Mail from 'nodemailer/lib/mailer';

export interface SendResult {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

/** Where a built message goes: the SMTP pool or the .eml outbox folder. */
export interface MailDelivery {
  deliver(notificationId: string, messageId: string, to: string[], options: Mail.Options): Promise<SendResult>;
  close(): Promise<void>;
}

export function addressList(list: ReadonlyArray<string | Mail.Address> | undefined): string[] {
  return (list ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.address));
}
