import { HelpdeskErrorCode, HelpdeskException } from './helpdesk.exception';
import { FAR_FUTURE, QueueOrder } from './queue.query';

/** The sort key of the last row a page showed, as the next page's keyset condition reads it. */
export function encodeCursor(ticket: { id: string; createdAt: Date; dueAt: Date | null }, order: QueueOrder): string {
  const key =
    order === QueueOrder.NEWEST
      ? [ticket.createdAt.toISOString(), ticket.id]
      : [ticket.dueAt ? ticket.dueAt.toISOString() : FAR_FUTURE, ticket.createdAt.toISOString(), ticket.id];
  return Buffer.from(JSON.stringify([order, ...key])).toString('base64url');
}

export function decodeCursor(cursor: string, order: QueueOrder): string[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(parsed) &&
      parsed[0] === order &&
      parsed.length === (order === QueueOrder.NEWEST ? 3 : 4) &&
      parsed.every((p) => typeof p === 'string' && p.length <= 64);
    // Each key is checked for its type too: PostgreSQL would read 'yesterday' as an instant and
    // fail on an id that is no uuid.
    if (valid && keysAreWellFormed((parsed as string[]).slice(1), order)) return (parsed as string[]).slice(1);
  } catch {
    // fall through to the error below
  }
  throw new HelpdeskException(HelpdeskErrorCode.INVALID_INPUT, 'The cursor is not valid for this list and order');
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function keysAreWellFormed(keys: string[], order: QueueOrder): boolean {
  const id = keys.at(-1) ?? '';
  const instants = keys.slice(0, -1);
  const isInstant = (value: string, index: number): boolean =>
    (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) || (order === QueueOrder.MOST_URGENT && index === 0 && value === FAR_FUTURE);
  return UUID.test(id) && instants.every(isInstant);
}
