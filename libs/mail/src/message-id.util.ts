import { MailDeliveryError } from './mail.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export function assertNotificationId(notificationId: string): void {
  if (!UUID.test(notificationId)) {
    throw MailDeliveryError.invalid(`notificationId must be a UUID, got ${JSON.stringify(notificationId.slice(0, 64))}`);
  }
}

export function assertMessageIdDomain(domain: string): void {
  if (!HOSTNAME.test(domain)) {
    throw MailDeliveryError.invalid(`messageIdDomain must be a host name, got ${JSON.stringify(domain.slice(0, 64))}`);
  }
}

/**
 * The same notification always gets the same Message-ID, so a retry after a lost SMTP answer can
 * be recognised as a duplicate by the receiving server, the test sink and operators.
 */
export function stableMessageId(notificationId: string, domain: string): string {
  assertNotificationId(notificationId);
  assertMessageIdDomain(domain);
  return `<${notificationId.toLowerCase()}@${domain.toLowerCase()}>`;
}
