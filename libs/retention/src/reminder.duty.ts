import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { backupPurgeAt, Contract, endOfService, Product, RequestKind } from '@app/domain';
import { contractOf, OutboxWriter } from '@app/helpdesk';
import { Download, DutyReminder, OPEN_REQUEST_STATUSES, Organization, RequestStatus, TicketRequest } from '@app/persistence';
import { utcDayAround } from './calendar-window.util';
import { ReminderAction } from './duty-action';
import { dueMilestone, MilestoneWindow } from './milestone.rules';

/** A request "asked for" counts while it is being handled or once it was done. */
const ASKED_STATUSES: readonly RequestStatus[] = [...OPEN_REQUEST_STATUSES, RequestStatus.DONE];
/** Reminder windows reach 30 days before E and end at P = E + 30 days; a day's slack each side for time zones. */
const SEARCH_DAYS = 33;

/**
 * E-mails an organisation at each milestone before its deadlines, once per organisation, milestone
 * and contract version: the DutyReminder row and the e-mail are written in one transaction, and
 * the row's unique key turns a second run (or a racing worker) into nothing.
 */
@Injectable()
export class ReminderDuty {
  constructor(private readonly em: EntityManager) {}

  async run(at: Date, dryRun: boolean): Promise<ReminderAction[]> {
    const em = this.em.fork();
    const organizations = await em.find(
      Organization,
      { product: { $ne: null }, lastServiceDay: { $gte: utcDayAround(at, -SEARCH_DAYS), $lte: utcDayAround(at, SEARCH_DAYS) } },
      { orderBy: { id: 'asc' } },
    );
    const actions: ReminderAction[] = [];
    for (const org of organizations) {
      const contract = contractOf(org);
      const window = contract ? dueMilestone(contract, at) : null;
      if (!contract || !window) continue;
      if (await this.alreadyAskedFor(em, org, window)) continue;
      const action = dryRun ? await this.preview(em, org, window) : await this.send(org, contract, window, at);
      if (action) actions.push(action);
    }
    return actions;
  }

  /** No reminder for what the organisation has already requested (or, before P, downloaded). */
  private async alreadyAskedFor(em: EntityManager, org: Organization, window: MilestoneWindow): Promise<boolean> {
    if (window.template === 'REMINDER_BEFORE_PURGE') {
      const downloaded = await em.count(Download, { export: { organization: org.id }, httpStatus: { $in: [200, 206] } });
      return downloaded > 0 || (await this.asked(em, org, [RequestKind.BACKUP_EXPORT], OPEN_REQUEST_STATUSES)) > 0;
    }
    // The server reminder asks for both kinds of access: it is still useful while one is missing.
    const kinds = org.product === Product.CLOUD ? [RequestKind.BACKUP_EXPORT] : [RequestKind.ROOT_ACCESS, RequestKind.ADMIN_ACCESS];
    return (await this.asked(em, org, kinds, ASKED_STATUSES)) === kinds.length;
  }

  /** How many of `kinds` have a request in one of `statuses`. */
  private async asked(em: EntityManager, org: Organization, kinds: RequestKind[], statuses: readonly RequestStatus[]): Promise<number> {
    const found = await em.find(
      TicketRequest,
      { organization: org.id, kind: { $in: kinds }, status: { $in: [...statuses] } },
      { fields: ['kind'] },
    );
    return new Set(found.map((r) => r.kind)).size;
  }

  private async preview(em: EntityManager, org: Organization, window: MilestoneWindow): Promise<ReminderAction | null> {
    const sent = await em.count(DutyReminder, { organizationId: org.id, milestone: window.milestone, contractVersion: org.contractVersion });
    return sent > 0 ? null : actionOf(org, window, null);
  }

  private async send(org: Organization, contract: Contract, window: MilestoneWindow, at: Date): Promise<ReminderAction | null> {
    try {
      return await this.em.fork().transactional(async (em) => {
        const outbox = new OutboxWriter(em);
        const notification = outbox.notify({
          dedupeKey: `reminder:${org.id}:${window.milestone}:v${org.contractVersion}`,
          organizationId: org.id,
          ticketId: null,
          template: window.template,
          language: org.language,
          data: reminderData(contract, window),
        });
        em.persist(
          new DutyReminder({
            organizationId: org.id,
            milestone: window.milestone,
            contractVersion: org.contractVersion,
            deadline: window.deadline,
            notificationId: notification.id,
            at,
          }),
        );
        await outbox.flush();
        return actionOf(org, window, notification.id);
      });
    } catch (error) {
      // Another run sent this reminder first (it waited on the unique key until that run committed).
      if (error instanceof UniqueConstraintViolationException) return null;
      throw error;
    }
  }
}

/** What the reminder templates show (ReminderBeforeEndData / ReminderBeforePurgeData without `template`). */
function reminderData(contract: Contract, window: MilestoneWindow): Record<string, unknown> {
  const end = endOfService(contract).toISOString();
  if (window.template === 'REMINDER_BEFORE_PURGE') {
    return { serviceEndedAt: end, backupsDeletedAt: backupPurgeAt(contract).toISOString() };
  }
  return {
    product: contract.product,
    serviceEndsAt: end,
    backupsDeletedAt: contract.product === Product.CLOUD ? backupPurgeAt(contract).toISOString() : null,
  };
}

function actionOf(org: Organization, window: MilestoneWindow, notificationId: string | null): ReminderAction {
  return {
    duty: 'REMINDER',
    organizationId: org.id,
    milestone: window.milestone,
    template: window.template,
    contractVersion: org.contractVersion,
    deadline: window.deadline.toISOString(),
    notificationId,
  };
}
