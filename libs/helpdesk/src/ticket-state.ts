import { RequestStatus, Ticket, TicketRequest, TicketStatus } from '@app/persistence';

/**
 * A ticket's status follows from its requests: open while someone must act, in progress while only
 * automation works, resolved when every request is settled. A ticket that asks for nothing known is
 * a general question for agents, so it stays open until an agent resolves it.
 */
export function deriveTicketState(requests: readonly TicketRequest[]): { status: TicketStatus; dueAt: Date | null } {
  const dueAt = earliest(requests.filter((r) => isOpen(r.status)).map((r) => r.dueAt));
  if (requests.length === 0) return { status: TicketStatus.OPEN, dueAt };
  if (requests.some((r) => r.status === RequestStatus.OPEN || r.status === RequestStatus.FAILED)) {
    return { status: TicketStatus.OPEN, dueAt };
  }
  if (requests.some((r) => r.status === RequestStatus.IN_PROGRESS)) return { status: TicketStatus.IN_PROGRESS, dueAt };
  return { status: TicketStatus.RESOLVED, dueAt };
}

export function applyTicketState(ticket: Ticket, requests: readonly TicketRequest[]): void {
  const { status, dueAt } = deriveTicketState(requests);
  ticket.status = status;
  ticket.dueAt = dueAt;
}

function isOpen(status: RequestStatus): boolean {
  return status === RequestStatus.OPEN || status === RequestStatus.IN_PROGRESS;
}

function earliest(dates: readonly (Date | null)[]): Date | null {
  let best: Date | null = null;
  for (const d of dates) if (d && (!best || d < best)) best = d;
  return best;
}
