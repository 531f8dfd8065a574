import { EntityManager } from '@mikro-orm/postgresql';
import { Controller, Get, Head, Inject, Logger, Param, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { ArchiveStorage, sendArchive } from '@app/export';
import { ARCHIVE_STORAGE, DownloadLinkService, LinkRefusal } from '@app/helpdesk';
import { DataExport, Download } from '@app/persistence';

// The refusal says which kind of problem, never which check failed or what the token held.
const REFUSAL: Readonly<Record<LinkRefusal, { status: number; message: string }>> = {
  MALFORMED: { status: 404, message: 'This download link is not valid.' },
  BAD_SIGNATURE: { status: 404, message: 'This download link is not valid.' },
  REVOKED: { status: 404, message: 'This download link is not valid.' },
  EXPIRED: { status: 410, message: 'This download link has expired. Request a new one in your personal cabinet.' },
  GONE: { status: 410, message: 'This archive is no longer available.' },
};

/** Signed-link downloads of export archives, resumable with HTTP Range; every answer is recorded. */
@Controller('downloads')
export class DownloadController {
  private readonly logger = new Logger(DownloadController.name);

  constructor(
    private readonly links: DownloadLinkService,
    private readonly em: EntityManager,
    @Inject(ARCHIVE_STORAGE) private readonly storage: ArchiveStorage,
  ) {}

  @Get(':token')
  get(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.serve(token, req, res);
  }

  @Head(':token')
  head(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.serve(token, req, res);
  }

  private async serve(token: string, req: Request, res: Response): Promise<void> {
    const resolved = token.length <= 1024 ? await this.links.resolve(token) : ({ ok: false, reason: 'MALFORMED' } as const);
    if (!resolved.ok) {
      const refusal = REFUSAL[resolved.reason];
      res.status(refusal.status).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send(refusal.message);
      return;
    }
    const dataExport = resolved.dataExport;
    const path = await this.storage.pathFor(dataExport.id);
    const stored = await this.storage.stat(dataExport.id);
    if (!stored) {
      res.status(410).type('text/plain; charset=utf-8').send(REFUSAL.GONE.message);
      return;
    }
    let recorded: Promise<string | null> = Promise.resolve(null);
    const outcome = await sendArchive(
      req,
      res,
      {
        path,
        size: stored.sizeBytes,
        fileName: `export-${dataExport.id}.tar.gz`,
        sha256: dataExport.sha256 ?? undefined,
        lastModified: dataExport.readyAt ?? undefined,
      },
      // Recorded before the first byte goes out, so a download the client has is always on record;
      // the bytes actually sent are corrected afterwards when the client left early.
      {
        onAnswer: async ({ status, length }) => {
          if (req.method !== 'HEAD') recorded = this.record(dataExport.id, req, status, length);
          await recorded;
        },
      },
    );
    const downloadId = await recorded;
    if (downloadId !== null && !outcome.complete) {
      await this.em.fork().nativeUpdate(Download, { id: downloadId }, { bytesSent: String(outcome.bytesSent) }).catch((error: unknown) => {
        this.logger.error(`download ${downloadId} of export ${dataExport.id}: bytes sent not recorded: ${String(error)}`);
      });
    }
  }

  private async record(exportId: string, req: Request, httpStatus: number, bytesSent: number): Promise<string | null> {
    try {
      const download = new Download({
        export: this.em.getReference(DataExport, exportId),
        httpStatus,
        range: typeof req.headers.range === 'string' ? req.headers.range.slice(0, 200) : null,
        bytesSent,
        ip: req.ip ?? null,
        userAgent: req.get('user-agent')?.slice(0, 500) ?? null,
      });
      await this.em.fork().persistAndFlush(download);
      return download.id;
    } catch (error) {
      this.logger.error(`download of export ${exportId} not recorded: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
}
