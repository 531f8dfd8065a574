import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { ArchiveStorage } from '@app/export';
import { ARCHIVE_STORAGE, contractOf } from '@app/helpdesk';
import { DataExport, ExportStatus } from '@app/persistence';
import { auditOf } from './backup-purge.duty';
import { ArchiveExpiryAction } from './duty-action';
import { purgeDue } from './milestone.rules';

const BATCH = 200;

/**
 * Ends ready archives whose link lifetime is over: the file is deleted and the export marked
 * EXPIRED, or PURGED when the organisation's backups are already past P (an archive spared at
 * the purge ends here). Rows are claimed with SKIP LOCKED, so racing runs share the work without
 * doubles; the file goes before the commit, and a crash in between leaves a READY row whose
 * missing file the next run deletes again (deleting is idempotent).
 */
@Injectable()
export class ArchiveExpiryDuty {
  constructor(
    private readonly em: EntityManager,
    @Inject(ARCHIVE_STORAGE) private readonly storage: ArchiveStorage,
  ) {}

  async run(at: Date, dryRun: boolean): Promise<ArchiveExpiryAction[]> {
    if (dryRun) {
      const due = await this.em.fork().find(DataExport, dueAt(at), { populate: ['request', 'organization'], orderBy: { linkExpiresAt: 'asc', id: 'asc' } });
      return due.map((dataExport) => actionOf(dataExport, statusAfter(dataExport, at)));
    }
    const actions: ArchiveExpiryAction[] = [];
    for (;;) {
      const batch = await this.expireBatch(at);
      actions.push(...batch);
      if (batch.length < BATCH) return actions;
    }
  }

  private async expireBatch(at: Date): Promise<ArchiveExpiryAction[]> {
    return this.em.fork().transactional(async (em) => {
      const claimed = await em
        .createQueryBuilder(DataExport, 'e')
        .select('e.id')
        .where(dueAt(at))
        .orderBy({ linkExpiresAt: 'asc', id: 'asc' })
        .limit(BATCH)
        .setLockMode(LockMode.PESSIMISTIC_PARTIAL_WRITE)
        .getResultList();
      if (claimed.length === 0) return [];
      const exports = await em.find(
        DataExport,
        { id: { $in: claimed.map((e) => e.id) } },
        { populate: ['request', 'request.ticket', 'organization'], orderBy: { linkExpiresAt: 'asc', id: 'asc' } },
      );
      const actions: ArchiveExpiryAction[] = [];
      for (const dataExport of exports) {
        const status = statusAfter(dataExport, at);
        await this.storage.delete(dataExport.id);
        dataExport.status = status === 'PURGED' ? ExportStatus.PURGED : ExportStatus.EXPIRED;
        em.persist(auditOf(dataExport, status === 'PURGED' ? 'EXPORT_PURGED' : 'EXPORT_EXPIRED', { linkExpiredAt: dataExport.linkExpiresAt?.toISOString() ?? null }, at));
        actions.push(actionOf(dataExport, status));
      }
      await em.flush();
      return actions;
    });
  }
}

function dueAt(at: Date) {
  return { status: ExportStatus.READY, linkExpiresAt: { $lte: at } };
}

function statusAfter(dataExport: DataExport, at: Date): 'EXPIRED' | 'PURGED' {
  const contract = contractOf(dataExport.organization);
  return contract && purgeDue(contract, at) ? 'PURGED' : 'EXPIRED';
}

function actionOf(dataExport: DataExport, status: 'EXPIRED' | 'PURGED'): ArchiveExpiryAction {
  return {
    duty: 'ARCHIVE_EXPIRY',
    organizationId: dataExport.organization.id,
    exportId: dataExport.id,
    requestId: dataExport.request.id,
    linkExpiredAt: dataExport.linkExpiresAt?.toISOString() ?? '',
    status,
  };
}
