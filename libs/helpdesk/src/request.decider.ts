import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@app/config';
import { Contract, decideRequest, ExistingWork, RequestDecision } from '@app/domain';
import { Decision, RequestKind } from '@app/domain';
import {
  DataExport,
  ExportStatus,
  OPEN_REQUEST_STATUSES,
  Organization,
  RequestStatus,
  Ticket,
  TicketRequest,
} from '@app/persistence';
import { JobName } from '@app/queue';
import { OutboxWriter, RowSink } from './outbox.writer';

/** Customers know their tickets by number, not by our ids. */
export function referenceOf(ticket: { number?: number }): string | undefined {
  return ticket.number === undefined ? undefined : `#${ticket.number}`;
}

export function contractOf(org: Pick<Organization, 'product' | 'lastServiceDay' | 'timezone'>): Contract | null {
  return org.product && org.lastServiceDay
    ? { product: org.product, lastServiceDay: org.lastServiceDay, timezone: org.timezone }
    : null;
}

const STATUS_OF: Readonly<Record<RequestDecision['followUp'], RequestStatus>> = {
  RUN_EXPORT: RequestStatus.IN_PROGRESS,
  AGENT_TASK: RequestStatus.OPEN,
  AGENT_REVIEW: RequestStatus.OPEN,
  RESEND_EXPORT_LINK: RequestStatus.CLOSED,
  NONE: RequestStatus.CLOSED,
};

function statusOf(decision: RequestDecision): RequestStatus {
  return decision.decision === Decision.REJECTED ? RequestStatus.CLOSED : STATUS_OF[decision.followUp];
}

/**
 * Decides one request of a ticket against the organisation's contract, given the work of the same
 * kind the organisation already has, and writes what follows from it (the export to make, the link
 * to re-send) to the caller's rows. No I/O of its own: intake's batch finds the existing work of a
 * whole batch in one query, RequestDecider finds it request by request.
 */
export class DecisionWriter {
  constructor(
    private readonly rows: RowSink,
    private readonly outbox: OutboxWriter,
    private readonly config: AppConfig,
  ) {}

  decide(ticket: Ticket, kind: RequestKind, uncertain: boolean, existing: ExistingWork | null, now: Date): TicketRequest {
    const decision = this.rules(ticket, kind, uncertain, existing, now);
    const request = new TicketRequest({
      ticket,
      kind,
      decision: decision.decision,
      reasonCode: decision.reasonCode,
      explanation: decision.explanation,
      status: statusOf(decision),
      dueAt: decision.dueAt,
      duplicateOfId: existing?.requestId ?? null,
    });
    request.createdAt = now;
    this.rows.persist(request);
    this.followUp(request, decision, existing);
    return request;
  }

  redecide(request: TicketRequest, existing: ExistingWork | null, now: Date): void {
    const decision = this.rules(request.ticket, request.kind, false, existing, now);
    Object.assign(request, {
      decision: decision.decision,
      reasonCode: decision.reasonCode,
      explanation: decision.explanation,
      status: statusOf(decision),
      dueAt: decision.dueAt,
      duplicateOfId: existing?.requestId ?? null,
      decidedBy: 'system',
    });
    this.followUp(request, decision, existing);
  }

  private rules(ticket: Ticket, kind: RequestKind, uncertain: boolean, existing: ExistingWork | null, now: Date): RequestDecision {
    return decideRequest({
      kind,
      contract: contractOf(ticket.organization),
      now,
      language: ticket.language,
      classificationUncertain: uncertain,
      existing,
      links: { serverConsole: this.config.guidance.serverConsole, passwordReset: [...this.config.guidance.passwordReset], knowledgeBase: this.config.guidance.knowledgeBase },
    });
  }

  private followUp(request: TicketRequest, decision: RequestDecision, existing: ExistingWork | null): void {
    if (decision.followUp === 'RUN_EXPORT') {
      const dataExport = new DataExport(request, decision.exportFromBackup);
      dataExport.createdAt = request.createdAt;
      this.rows.persist(dataExport);
      this.outbox.enqueue(JobName.RUN_EXPORT, { exportId: dataExport.id });
    } else if (decision.followUp === 'RESEND_EXPORT_LINK' && existing?.kind === 'VALID_EXPORT') {
      this.outbox.notify({
        dedupeKey: `export-link-resent:${request.id}`,
        organizationId: request.organization.id,
        ticketId: request.ticket.id,
        template: 'EXPORT_READY',
        language: request.ticket.language,
        data: { exportRequestId: existing.requestId, resent: true },
      });
    }
  }
}

/**
 * Decides requests inside an EntityManager's transaction, finding the existing work by query.
 * The caller holds the organisation's row lock, so the duplicate check cannot race.
 */
export class RequestDecider {
  private readonly writer: DecisionWriter;

  constructor(
    private readonly em: EntityManager,
    outbox: OutboxWriter,
    config: AppConfig,
  ) {
    this.writer = new DecisionWriter(em, outbox, config);
  }

  async decide(ticket: Ticket, kind: RequestKind, uncertain: boolean, now: Date): Promise<TicketRequest> {
    return this.writer.decide(ticket, kind, uncertain, await this.existingWork(ticket.organization, kind, now, null), now);
  }

  /**
   * Decides an existing request again, now that an agent has confirmed what the ticket asks for:
   * a request held back only because the classifier was unsure gets the contract's answer.
   */
  async redecide(request: TicketRequest, now: Date): Promise<void> {
    this.writer.redecide(request, await this.existingWork(request.organization, request.kind, now, request.id), now);
  }

  /** The same kind already open for the organisation, or a finished export whose link still works. */
  private async existingWork(org: Organization, kind: RequestKind, now: Date, exceptRequestId: string | null): Promise<ExistingWork | null> {
    const open = await this.em.findOne(
      TicketRequest,
      { organization: org, kind, status: { $in: [...OPEN_REQUEST_STATUSES] }, ...(exceptRequestId ? { id: { $ne: exceptRequestId } } : {}) },
      { populate: ['ticket'], orderBy: { createdAt: 'asc' } },
    );
    if (open) return { kind: 'OPEN_REQUEST', requestId: open.id, reference: referenceOf(open.ticket) };
    if (kind !== RequestKind.BACKUP_EXPORT) return null;
    const ready = await this.em.findOne(
      DataExport,
      { organization: org, status: ExportStatus.READY, linkExpiresAt: { $gt: now } },
      { orderBy: { linkExpiresAt: 'desc' }, populate: ['request', 'request.ticket'] },
    );
    return ready?.linkExpiresAt
      ? { kind: 'VALID_EXPORT', requestId: ready.request.id, linkExpiresAt: ready.linkExpiresAt, reference: referenceOf(ready.request.ticket) }
      : null;
  }
}
