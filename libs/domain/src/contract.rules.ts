import { parseCalendarDate } from './calendar-date.util';
import { DomainErrorCode, DomainException } from './domain.exception';
import { isValidTimeZone, startOfNextDay } from './time-zone.util';
import { Product } from './vocabulary';

/** What the rules need to know of an organisation's contract. */
export interface Contract {
  product: Product;
  /** The last calendar day of service (cloud: subscription; server: warranty support), YYYY-MM-DD. */
  lastServiceDay: string;
  /** IANA time zone the organisation lives in: its days start and end there. */
  timezone: string;
}

/** How long the vendor keeps a cloud customer's backups after the service ends. */
export const BACKUP_RETENTION_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** E: start of day D+1 in the contract's timezone (an instant). Service lasts while now < E. */
export function endOfService(contract: Contract): Date {
  assertValidContract(contract);
  return startOfNextDay(parseCalendarDate(contract.lastServiceDay), contract.timezone);
}

/**
 * P = E + 30 days (exactly 30*24h after E): from P on the vendor holds no copy of a cloud
 * customer's data. Counted in hours, not calendar days, so a clock change within the 30 days
 * moves P's local time by an hour rather than moving the purge.
 */
export function backupPurgeAt(contract: Contract): Date {
  return new Date(endOfService(contract).getTime() + BACKUP_RETENTION_DAYS * DAY_MS);
}

/** Throws a DomainException listing every field of the contract that is wrong. */
export function assertValidContract(contract: Contract): void {
  const problems: string[] = [];
  if (!Object.values(Product).includes(contract.product)) {
    const allowed = Object.values(Product).join(', ');
    problems.push(`product must be one of ${allowed}, got ${JSON.stringify(contract.product)}`);
  }
  try {
    parseCalendarDate(contract.lastServiceDay);
  } catch (error: unknown) {
    problems.push(`lastServiceDay: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isValidTimeZone(contract.timezone)) {
    problems.push(`timezone must be an IANA time zone such as Europe/Moscow, got ${JSON.stringify(contract.timezone)}`);
  }
  if (problems.length > 0) {
    throw new DomainException(DomainErrorCode.INVALID_CONTRACT, `Invalid contract: ${problems.join('; ')}`);
  }
}
