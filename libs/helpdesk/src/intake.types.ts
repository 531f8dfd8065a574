import { Principal, Role } from '@app/auth';
import { Classification, CLASSIFIER_VERSION } from '@app/classifier';
import { DataExport, Ticket, TicketRequest } from '@app/persistence';

export interface NewTicket {
  subject: string;
  body: string;
}

/** A ticket read and classified in its own request, waiting for its batch to be written. */
export interface PendingTicket {
  principal: Principal & { role: Role.CUSTOMER };
  input: NewTicket;
  classification: Classification;
}

/** The ticket just filed with its decided requests, so the answer needs no query to read them back. */
export interface FiledTicket {
  ticket: Ticket;
  requests: TicketRequest[];
  /** The export each request made, by the requests' order (null where its decision made none). */
  exports: (DataExport | null)[];
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
