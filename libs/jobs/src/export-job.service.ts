import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '@app/domain';
import { ArchiveStorage, ExportError, ExportErrorCode, ExportProgress, ExportRunner } from '@app/export';
import { applyTicketState, ARCHIVE_STORAGE, CLOCK, OutboxWriter } from '@app/helpdesk';
import {
  ActorRole,
  AuditEvent,
  DataExport,
  ExportStatus,
  Organization,
  RequestStatus,
  TicketRequest,
} from '@app/persistence';

const DAY_MS = 24 * 3600 * 1000;

interface Settlement {
  requestStatus: RequestStatus;
  /** Names the e-mail and the audit event alike. */
  template: 'EXPORT_READY' | 'EXPORT_FAILED';
  data: Record<string, unknown>;
  /** Changes the export; false when it was settled already and nothing should follow. */
  apply(dataExport: DataExport, now: Date): boolean;
}
const SETTLED: readonly ExportStatus[] = [ExportStatus.READY, ExportStatus.FAILED, ExportStatus.EXPIRED, ExportStatus.PURGED];

/**
 * Makes the archive of one approved export and tells the customer. Safe to run twice or after a
 * crash: a settled export is left alone, leftovers of a killed run are removed before a new one,
 * and the archive appears under its final name only when complete and verified.
 */
@Injectable()
export class ExportJobService {
  private readonly logger = new Logger(ExportJobService.name);
  private readonly runner = new ExportRunner();

  constructor(
    private readonly em: EntityManager,
    @Inject(ARCHIVE_STORAGE) private readonly storage: ArchiveStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(exportId: string, attempt: { number: number; final: boolean }, signal?: AbortSignal): Promise<ExportStatus> {
    const em = this.em.fork();
    const dataExport = await em.findOne(DataExport, exportId, { populate: ['request', 'request.ticket', 'organization'] });
    if (!dataExport) return ExportStatus.FAILED;
    if (SETTLED.includes(dataExport.status)) return dataExport.status;
    const org = await em.findOneOrFail(Organization, dataExport.organization.id, { populate: ['tenantDatabaseUrl', 'tenantDataDir'] });
    if (!org.tenantDatabaseUrl || !org.tenantDataDir) {
      return this.fail(dataExport.id, 'NO_TENANT_ON_RECORD: the organisation has no tenant database or data directory on record');
    }
    dataExport.status = ExportStatus.RUNNING;
    dataExport.attempts += 1;
    dataExport.error = null;
    await em.flush();

    const destination = await this.storage.pathFor(dataExport.id);
    await removeLeftovers(destination);
    try {
      const result = await this.runner.run({
        source: { databaseUrl: org.tenantDatabaseUrl, dataDir: org.tenantDataDir },
        destinationPath: destination,
        language: dataExport.request.ticket.language,
        organizationName: org.name,
        requestId: dataExport.request.id,
        compressionLevel: this.config.exportCompressionLevel,
        now: () => this.clock.now(),
        onProgress: (progress) => void this.saveProgress(dataExport.id, progress),
        signal,
      });
      await this.complete(dataExport.id, result.sizeBytes, result.sha256);
      return ExportStatus.READY;
    } catch (error) {
      const transient = error instanceof ExportError ? error.transient : true;
      const code = error instanceof ExportError ? error.code : 'UNEXPECTED';
      const reason = `${code}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 2000);
      this.logger.warn(`export ${dataExport.id} attempt ${attempt.number} failed: ${reason}`);
      if (transient && !attempt.final && code !== ExportErrorCode.INVALID_OPTIONS) {
        await em.nativeUpdate(DataExport, { id: dataExport.id }, { status: ExportStatus.QUEUED, error: reason });
        throw error;
      }
      await this.fail(dataExport.id, reason);
      throw new UnrecoverableError(reason);
    }
  }

  private async saveProgress(exportId: string, progress: ExportProgress): Promise<void> {
    try {
      await this.em.fork().nativeUpdate(
        DataExport,
        { id: exportId, status: ExportStatus.RUNNING },
        { progress: { ...progress, updatedAt: this.clock.now().toISOString() } },
      );
    } catch (error) {
      // Progress is a courtesy; the export itself goes on.
      this.logger.debug(`progress of export ${exportId} not saved: ${String(error)}`);
    }
  }

  private complete(exportId: string, sizeBytes: number, sha256: string): Promise<void> {
    return this.settle(exportId, {
      requestStatus: RequestStatus.DONE,
      template: 'EXPORT_READY',
      data: { sizeBytes, sha256 },
      apply: (dataExport, now) => {
        dataExport.status = ExportStatus.READY;
        dataExport.sizeBytes = String(sizeBytes);
        dataExport.sha256 = sha256;
        dataExport.archiveKey = dataExport.id;
        dataExport.readyAt = now;
        dataExport.linkExpiresAt = new Date(now.getTime() + this.config.downloadLinkTtlDays * DAY_MS);
        const progress = dataExport.progress;
        dataExport.progress = { phase: 'DONE', percent: 100, bytesWritten: sizeBytes, filesDone: progress?.filesDone ?? 0, filesTotal: progress?.filesTotal ?? null, updatedAt: now.toISOString() };
        return true;
      },
    });
  }

  private async fail(exportId: string, reason: string): Promise<ExportStatus> {
    // The request goes back to agents (the ticket reopens in their queue); the customer hears it is handled.
    await this.settle(exportId, {
      requestStatus: RequestStatus.FAILED,
      template: 'EXPORT_FAILED',
      data: { reason },
      apply: (dataExport) => {
        if (SETTLED.includes(dataExport.status)) return false;
        dataExport.status = ExportStatus.FAILED;
        dataExport.error = reason;
        return true;
      },
    });
    return ExportStatus.FAILED;
  }

  /** Records how an export ended, moves its request on and tells the customer, in one transaction. */
  private async settle(exportId: string, outcome: Settlement): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const now = this.clock.now();
      const dataExport = await em.findOneOrFail(DataExport, exportId, { populate: ['request', 'request.ticket'] });
      if (!outcome.apply(dataExport, now)) return;
      const request = dataExport.request;
      const outbox = new OutboxWriter(em);
      // An agent may have closed the request meanwhile: keep what was made, send nothing.
      if (request.status === RequestStatus.IN_PROGRESS) {
        request.status = outcome.requestStatus;
        outbox.notify({
          dedupeKey: `${outcome.template.toLowerCase().replace('_', '-')}:${dataExport.id}`,
          organizationId: dataExport.organization.id,
          ticketId: request.ticket.id,
          template: outcome.template,
          language: request.ticket.language,
          data: { exportId: dataExport.id },
        });
      }
      applyTicketState(request.ticket, await em.find(TicketRequest, { ticket: request.ticket }));
      em.persist(this.audit(dataExport, outcome.template, outcome.data, now));
      await outbox.flush();
    });
  }

  private audit(dataExport: DataExport, action: string, data: Record<string, unknown>, at: Date): AuditEvent {
    return new AuditEvent({
      ticketId: dataExport.request.ticket.id,
      organizationId: dataExport.organization.id,
      actorRole: ActorRole.SYSTEM,
      actorId: 'export-worker',
      action,
      data: { exportId: dataExport.id, attempts: dataExport.attempts, ...data },
      at,
    });
  }
}

/** A run killed mid-way leaves its work folder and partial file beside the destination. */
async function removeLeftovers(destination: string): Promise<void> {
  const folder = dirname(destination);
  const prefix = `.${basename(destination)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix)).map((n) => rm(join(folder, n), { recursive: true, force: true })));
}
