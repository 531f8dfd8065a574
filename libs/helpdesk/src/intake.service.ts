import { Inject, Injectable } from '@nestjs/common';
import { Principal, Role } from '@app/auth';
import { TicketClassifier } from '@app/classifier';
import { CLASSIFIER } from './helpdesk.tokens';
import { IntakeBatcher } from './intake.batcher';
import { FiledTicket, NewTicket } from './intake.types';

export type { FiledTicket, NewTicket, PendingTicket } from './intake.types';
export { stored } from './intake.types';

/**
 * Intake: read what the ticket asks for, then hand it to the batcher, which stores the ticket,
 * decides each request, and writes the decisions, audit events, e-mails and jobs in one
 * transaction with the tickets that arrived at the same time, so an accepted ticket is never
 * half-done.
 */
@Injectable()
export class IntakeService {
  constructor(
    @Inject(CLASSIFIER) private readonly classifier: TicketClassifier,
    private readonly batcher: IntakeBatcher,
  ) {}

  createTicket(principal: Principal & { role: Role.CUSTOMER }, input: NewTicket): Promise<FiledTicket> {
    // Classification is pure CPU work: done in the caller's request, before any lock is taken.
    const classification = this.classifier.classify(`${input.subject}\n\n${input.body}`);
    return this.batcher.submit({ principal, input: { subject: input.subject, body: input.body }, classification });
  }
}
