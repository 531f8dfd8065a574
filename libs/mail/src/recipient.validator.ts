import { MailDeliveryError } from './mail.exception';

const MAX_RECIPIENTS = 50;
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * Accepts only bare `local@domain` addresses. Display names, groups, comments, quoted local parts
 * and lists in one string are refused: an address that parses into something else than what the
 * organisation's record says could smuggle extra recipients or headers.
 */
export function validateRecipient(address: string): string {
  const shown = JSON.stringify(address.slice(0, 80));
  const at = address.lastIndexOf('@');
  if (address.length > 254 || at <= 0 || at !== address.indexOf('@')) {
    throw MailDeliveryError.invalid(`recipient ${shown} is not a plain e-mail address`);
  }
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local) || !DOMAIN.test(domain)) {
    throw MailDeliveryError.invalid(`recipient ${shown} is not a plain e-mail address`);
  }
  return `${local}@${domain.toLowerCase()}`;
}

/** Validates every address and drops repeats (case-insensitive domain), keeping the caller's order. */
export function validateRecipients(addresses: readonly string[]): string[] {
  if (addresses.length === 0) throw MailDeliveryError.invalid('a mail needs at least one recipient');
  if (addresses.length > MAX_RECIPIENTS) {
    throw MailDeliveryError.invalid(`a mail may have at most ${MAX_RECIPIENTS} recipients, got ${addresses.length}`);
  }
  return [...new Set(addresses.map(validateRecipient))];
}
