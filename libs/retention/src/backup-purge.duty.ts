import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Product } from '@app/domain';
import { ArchiveStorage } from '@app/export';
import { ARCHIVE_STORAGE, contractOf } from '@app/helpdesk';
import { ActorRole, AuditEvent, BackupPurge, DataExport, ExportStatus, Organization } from '@app/persistence';
import { utcDayAround } from './calendar-window.util';
import { BackupPurgeAction } from './duty-action';
import { purgeDue } from './milestone.rules';

/** P is 30 days after E, itself at most a day after D: anything whose D is within 29 days cannot be due. */
const MIN_DAYS_SINCE_LAST_DAY = 29;
const IN_FLIGHT: readonly ExportStatus[] = [ExportStatus.QUEUED, ExportStatus.RUNNING];

interface PurgePlan {
  purge: DataExport[];
  spare: DataExport[];
}

/**
 * At P, deletes every archive of a cloud organisation and records the purge. Spared: an archive
 * of a request accepted before P whose link still lives (the link expiry duty purges it when the
 * link ends), and an export still being made for such a request (it completes and is delivered).
 * The BackupPurge row is written first in the transaction: a racing run waits on its unique key
 * and then does nothing; a run that crashes half-way rolls back and the next run does it all.
 */
@Injectable()
export class BackupPurgeDuty {
  constructor(
    private readonly em: EntityManager,
    @Inject(ARCHIVE_STORAGE) private readonly storage: ArchiveStorage,
  ) {}

  async run(at: Date, dryRun: boolean): Promise<BackupPurgeAction[]> {
    const candidates = await this.em
      .fork()
      .createQueryBuilder(Organization, 'o')
      .select('*')
      .where({ product: Product.CLOUD, lastServiceDay: { $lte: utcDayAround(at, -MIN_DAYS_SINCE_LAST_DAY) } })
      .andWhere('not exists (select 1 from backup_purge bp where bp.organization_id = o.id and bp.contract_version = o.contract_version)')
      .orderBy({ id: 'asc' })
      .getResultList();
    const actions: BackupPurgeAction[] = [];
    for (const org of candidates) {
      const contract = contractOf(org);
      const purgeAt = contract ? purgeDue(contract, at) : null;
      if (!purgeAt) continue;
      const action = dryRun ? await this.preview(org, purgeAt, at) : await this.purge(org, purgeAt, at);
      if (action) actions.push(action);
    }
    return actions;
  }

  private async preview(org: Organization, purgeAt: Date, at: Date): Promise<BackupPurgeAction> {
    const plan = await this.plan(this.em.fork(), org, purgeAt, at);
    return actionOf(org, purgeAt, plan);
  }

  private async purge(org: Organization, purgeAt: Date, at: Date): Promise<BackupPurgeAction | null> {
    try {
      return await this.em.fork().transactional(async (em) => {
        const record = new BackupPurge({ organizationId: org.id, contractVersion: org.contractVersion, purgeAt, purgedExportIds: [], sparedExportIds: [], at });
        em.persist(record);
        await em.flush();
        const plan = await this.plan(em, org, purgeAt, at);
        const purged: DataExport[] = [];
        for (const dataExport of plan.purge) {
          await this.storage.delete(dataExport.id);
          // The link expiry duty of another run may have taken this archive meanwhile: it reports it, not us.
          const changed = await em.nativeUpdate(DataExport, { id: dataExport.id, status: ExportStatus.READY }, { status: ExportStatus.PURGED });
          if (changed === 0) continue;
          purged.push(dataExport);
          em.persist(auditOf(dataExport, 'EXPORT_PURGED', { purgeAt: purgeAt.toISOString() }, at));
        }
        record.purgedExportIds = purged.map((e) => e.id);
        record.sparedExportIds = plan.spare.map((e) => e.id);
        em.persist(
          new AuditEvent({
            ticketId: null,
            organizationId: org.id,
            actorRole: ActorRole.SYSTEM,
            actorId: 'duties',
            action: 'BACKUPS_PURGED',
            data: { purgeAt: purgeAt.toISOString(), contractVersion: org.contractVersion, purgedExportIds: record.purgedExportIds, sparedExportIds: record.sparedExportIds },
            at,
          }),
        );
        await em.flush();
        return actionOf(org, purgeAt, { purge: purged, spare: plan.spare });
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return null;
      throw error;
    }
  }

  private async plan(em: EntityManager, org: Organization, purgeAt: Date, at: Date): Promise<PurgePlan> {
    const exports = await em.find(
      DataExport,
      { organization: org.id, status: { $in: [ExportStatus.READY, ...IN_FLIGHT] } },
      { populate: ['request', 'request.ticket'], orderBy: { id: 'asc' } },
    );
    const plan: PurgePlan = { purge: [], spare: [] };
    for (const dataExport of exports) {
      // The ticket's creation is the instant the request was decided on (by the clock the rules used).
      const acceptedBeforePurge = dataExport.request.ticket.createdAt < purgeAt;
      const linkAlive = dataExport.linkExpiresAt !== null && dataExport.linkExpiresAt > at;
      const inFlight = IN_FLIGHT.includes(dataExport.status);
      if (acceptedBeforePurge && (inFlight || linkAlive)) plan.spare.push(dataExport);
      else if (!inFlight) plan.purge.push(dataExport);
    }
    return plan;
  }
}

export function auditOf(dataExport: DataExport, action: string, data: Record<string, unknown>, at: Date): AuditEvent {
  return new AuditEvent({
    ticketId: dataExport.request.ticket.id,
    organizationId: dataExport.organization.id,
    actorRole: ActorRole.SYSTEM,
    actorId: 'duties',
    action,
    data: { exportId: dataExport.id, ...data },
    at,
  });
}

function actionOf(org: Organization, purgeAt: Date, plan: PurgePlan): BackupPurgeAction {
  return {
    duty: 'BACKUP_PURGE',
    organizationId: org.id,
    contractVersion: org.contractVersion,
    purgeAt: purgeAt.toISOString(),
    purgedExportIds: plan.purge.map((e) => e.id),
    sparedExportIds: plan.spare.map((e) => e.id),
  };
}
