import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Principal, Role } from '@app/auth';
import { Classification, CLASSIFIER_VERSION, TicketClassifier } from '@app/classifier';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock, Decision, RequestKind } from '@app/domain';
import { ActorRole, AuditEvent, Organization, Ticket, TicketRequest } from '@app/persistence';
import { HelpdeskErrorCode, HelpdeskException } from './helpdesk.exception';
import { CLASSIFIER, CLOCK } from './helpdesk.tokens';
import { OutboxWriter } from './outbox.writer';
import { RequestDecider } from './request.decider';
import { applyTicketState } from './ticket-state';

export interface NewTicket {
  subject: string;
  body: string;
}

/** The ticket just filed with its decided requests, so the answer needs no query to read them back. */
export interface FiledTicket {
  ticket: Ticket;
  requests: TicketRequest[];
}

/**
 * Intake: store the ticket, read what it asks for, decide each request, and write the decisions,
 * audit events, e-mails and jobs in one transaction, so an accepted ticket is never half-done.
 */
@Injectable()
export class IntakeService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLASSIFIER) private readonly classifier: TicketClassifier,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createTicket(principal: Principal & { role: Role.CUSTOMER }, input: NewTicket): Promise<FiledTicket> {
    // Classification is pure CPU work: done before the transaction so no lock is held for it.
    const classification = this.classifier.classify(`${input.subject}\n\n${input.body}`);
    const { ticketId, requests } = await this.em.transactional(async (em) => {
      const now = this.clock.now();
      // The row lock serialises intake per organisation: two tickets asking for the same thing at
      // once see each other, and the second becomes a duplicate of the first.
      const org = await em.findOne(Organization, principal.organizationId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!org) {
        throw new HelpdeskException(
          HelpdeskErrorCode.ORGANIZATION_NOT_REGISTERED,
          'Your organisation is not registered with the helpdesk yet; please contact support by e-mail',
        );
      }
      const ticket = new Ticket({
        organization: org,
        authorId: principal.subject,
        authorEmail: principal.email,
        subject: input.subject,
        body: input.body,
        language: classification.language,
        classification: stored(classification),
      });
      ticket.createdAt = now;
      em.persist(ticket);
      const outbox = new OutboxWriter(em);
      const decider = new RequestDecider(em, outbox, this.config);
      const requests: TicketRequest[] = [];
      for (const kind of classification.labels) {
        requests.push(await decider.decide(ticket, kind, classification.needsReview, now));
      }
      applyTicketState(ticket, requests);
      em.persist(
        new AuditEvent({
          ticketId: ticket.id,
          organizationId: org.id,
          actorRole: ActorRole.CUSTOMER,
          actorId: principal.subject,
          action: 'TICKET_CREATED',
          data: {
            labels: classification.labels,
            confidence: classification.confidence,
            needsReview: classification.needsReview,
            decisions: requests.map((r) => ({ requestId: r.id, kind: r.kind, decision: r.decision, reasonCode: r.reasonCode })),
          },
          at: now,
        }),
      );
      outbox.notify({
        dedupeKey: `ticket-received:${ticket.id}`,
        organizationId: org.id,
        ticketId: ticket.id,
        template: 'TICKET_RECEIVED',
        language: ticket.language,
        data: { ticketId: ticket.id },
      });
      // An approved export is told by its "ready" e-mail, a re-sent link by the link itself.
      for (const request of requests.filter((r) => !(r.decision === Decision.APPROVED && r.kind === RequestKind.BACKUP_EXPORT) && r.decision !== Decision.DUPLICATE)) {
        outbox.notifyDecision(request, 0);
      }
      await outbox.flush();
      return { ticketId: ticket.id, requests };
    });
    return { ticket: await this.em.findOneOrFail(Ticket, ticketId, { populate: ['organization'] }), requests };
  }
}

export function stored(classification: Classification): Ticket['classification'] {
  return {
    labels: classification.labels,
    confidence: classification.confidence,
    needsReview: classification.needsReview,
    language: classification.language,
    evidence: classification.evidence.map((e) => ({ label: e.label, phrase: e.phrase, rule: e.rule, effect: e.effect })),
    version: CLASSIFIER_VERSION,
  };
}
