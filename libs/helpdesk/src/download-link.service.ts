import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { backupPurgeAt, Clock, Product } from '@app/domain';
import { ArchiveStorage, DownloadLinkSigner } from '@app/export';
import { ActorRole, AuditEvent, DataExport, ExportStatus, Organization } from '@app/persistence';
import { HelpdeskErrorCode, HelpdeskException } from './helpdesk.exception';
import { ARCHIVE_STORAGE, CLOCK } from './helpdesk.tokens';
import { contractOf } from './request.decider';

export type LinkRefusal = 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' | 'REVOKED' | 'GONE';

/**
 * Signed download links: the token proves export, organisation, expiry and link version; the
 * database decides whether that version is still the current one (revocation) and the file exists.
 */
@Injectable()
export class DownloadLinkService {
  private readonly signer: DownloadLinkSigner;

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ARCHIVE_STORAGE) private readonly storage: ArchiveStorage,
  ) {
    this.signer = new DownloadLinkSigner(config.downloadLinkSecret);
  }

  urlFor(dataExport: DataExport): string {
    if (dataExport.status !== ExportStatus.READY || !dataExport.linkExpiresAt) {
      throw new HelpdeskException(HelpdeskErrorCode.CONFLICT, 'The export is not ready for download');
    }
    const token = this.signer.sign({
      exportId: dataExport.id,
      organizationId: dataExport.organization.id,
      expiresAt: dataExport.linkExpiresAt,
      linkVersion: dataExport.linkVersion,
    });
    return `${this.config.publicUrl}/downloads/${token}`;
  }

  /** Resolves a token to a downloadable export, or says why not (without detail for the client). */
  async resolve(token: string): Promise<{ ok: true; dataExport: DataExport } | { ok: false; reason: LinkRefusal }> {
    const check = this.signer.verify(token, this.clock.now());
    if (!check.ok) return { ok: false, reason: check.reason };
    const dataExport = await this.em.findOne(DataExport, { id: check.claims.exportId, organization: check.claims.organizationId });
    if (!dataExport || dataExport.linkVersion !== check.claims.linkVersion) return { ok: false, reason: 'REVOKED' };
    if (dataExport.status !== ExportStatus.READY || !(await this.storage.exists(dataExport.id))) return { ok: false, reason: 'GONE' };
    return { ok: true, dataExport };
  }

  /** A fresh link for a ready export: the same archive, a new lifetime from now. */
  async renew(exportId: string, organizationId: string | null, actor: { role: ActorRole; id: string }): Promise<DataExport> {
    return this.em.transactional(async (em) => {
      const scope = organizationId ? { id: exportId, organization: organizationId } : { id: exportId };
      const dataExport = await em.findOne(DataExport, scope);
      if (!dataExport) throw HelpdeskException.notFound('Export');
      if (dataExport.status !== ExportStatus.READY) {
        throw new HelpdeskException(HelpdeskErrorCode.CONFLICT, 'Only a ready export can get a new link');
      }
      const now = this.clock.now();
      // After the purge a spared archive only lives out the link it had; it gets no new lifetime.
      const org = await em.findOneOrFail(Organization, dataExport.organization.id);
      const contract = contractOf(org);
      if (contract?.product === Product.CLOUD && now >= backupPurgeAt(contract)) {
        throw new HelpdeskException(HelpdeskErrorCode.CONFLICT, 'All backups of this organisation have been deleted; the link cannot be renewed');
      }
      dataExport.linkExpiresAt = new Date(now.getTime() + this.config.downloadLinkTtlDays * 24 * 3600 * 1000);
      em.persist(this.audit(dataExport, actor, 'DOWNLOAD_LINK_RENEWED', now));
      return dataExport;
    });
  }

  /** Every link signed so far stops working; a new one can be made with `renew`. */
  async revoke(exportId: string, actor: { role: ActorRole; id: string }): Promise<DataExport> {
    return this.em.transactional(async (em) => {
      const dataExport = await em.findOne(DataExport, exportId);
      if (!dataExport) throw HelpdeskException.notFound('Export');
      dataExport.linkVersion += 1;
      em.persist(this.audit(dataExport, actor, 'DOWNLOAD_LINK_REVOKED', this.clock.now()));
      return dataExport;
    });
  }

  private audit(dataExport: DataExport, actor: { role: ActorRole; id: string }, action: string, at: Date): AuditEvent {
    return new AuditEvent({
      ticketId: null,
      organizationId: dataExport.organization.id,
      actorRole: actor.role,
      actorId: actor.id,
      action,
      data: { exportId: dataExport.id, linkVersion: dataExport.linkVersion, linkExpiresAt: dataExport.linkExpiresAt?.toISOString() ?? null },
      at,
    });
  }
}
