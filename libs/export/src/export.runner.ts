import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LANGUAGES } from '@app/domain';
import { ArchiveWriter } from './archive.writer';
import { verifyArchive, type ExpectedEntry } from './archive.verifier';
import { DataDirArchiver, type DataDirOutcome } from './data-dir.archiver';
import { dumpDatabase, type SizedDatabaseDump } from './database.dumper';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url.parser';
import { ExportError, ExportErrorCode } from './export.exception';
import type { ExportManifest, ExportOptions, ExportPhase, ExportResult, ManifestFile } from './export.types';
import { ProgressThrottle } from './progress.throttle';
import { renderRestoreGuide, RESTORE_GUIDE_NAME } from './restore-guide';
import { safeComponent } from './safe-name';

export const MANIFEST_NAME = 'manifest.json';
const DEFAULT_LEVEL = 6;

/** Dumps a tenant database, archives its data directory and leaves one verified `.tar.gz`. */
export class ExportRunner {
  async run(options: ExportOptions): Promise<ExportResult> {
    const target = validate(options);
    await requireDirectory(options.source.dataDir);
    const now = options.now ?? (() => new Date());
    const level = options.compressionLevel ?? DEFAULT_LEVEL;
    const progress = new ProgressThrottle(options.onProgress);
    const destinationDir = dirname(options.destinationPath);
    const label = basename(options.destinationPath);
    // Temporary files live beside the destination: same filesystem, so the final rename is atomic.
    const workDir = await mkdtemp(join(destinationDir, `.${label}.work-`)).catch((error: unknown) => {
      throw asExportError(error, 'cannot create a work folder next to destinationPath');
    });
    const partialPath = join(destinationDir, `.${label}.${randomBytes(6).toString('hex')}.partial`);
    const tick = (phase: ExportPhase, bytesWritten: number, filesDone: number, filesTotal: number | null, percent: number | null): void =>
      progress.report({ phase, bytesWritten, filesDone, filesTotal, percent });
    try {
      tick('DATABASE', 0, 0, null, null);
      const dump = await dumpDatabase(target, workDir, options.signal);
      const archiver = new DataDirArchiver(options.source.dataDir, options.signal);
      const totals = await archiver.count().catch((error: unknown) => {
        throw asExportError(error, 'the data directory cannot be read', ExportErrorCode.DATA_DIR_UNREADABLE);
      });
      const wholeBytes = dump.sizeBytes + totals.bytes;
      const percentOf = (bytesDone: number): number => Math.min(99, Math.floor((bytesDone / Math.max(1, wholeBytes)) * 100));

      const writer = new ArchiveWriter(partialPath, level);
      let manifest: ExportManifest;
      let extras: Map<string, ExpectedEntry>;
      try {
        const dumpPath = `database/${safeComponent(Buffer.from(target.database)).name}.${dump.extension}`;
        tick('FILES', 0, 0, totals.files, 0);
        const dumpSha = await writer.addStream(
          { name: dumpPath, size: dump.sizeBytes, mtime: now() },
          createReadStream(dump.path, { highWaterMark: 1024 * 1024 }),
        );
        const data = await archiver.archive(writer, (p) =>
          tick('FILES', writer.bytesWritten, p.filesDone, totals.files, percentOf(dump.sizeBytes + p.bytesDone)),
        );
        ({ manifest, extras } = await this.writeTrailer(writer, options, target, { ...dump, path: dumpPath, sha256: dumpSha }, data, level, now()));
        await writer.finish();
      } catch (error) {
        await writer.abort(error instanceof Error ? error : new Error(String(error)));
        throw error;
      }

      tick('VERIFYING', writer.bytesWritten, manifest.totals.files, totals.files, 99);
      const verified = await verifyArchive(partialPath, expectedEntries(manifest, extras), options.signal);
      await rename(partialPath, options.destinationPath);
      tick('DONE', verified.sizeBytes, manifest.totals.files, manifest.totals.files, 100);
      return { path: options.destinationPath, sizeBytes: verified.sizeBytes, sha256: verified.sha256, manifest };
    } catch (error) {
      await rm(partialPath, { force: true });
      throw options.signal?.aborted ? new ExportError(ExportErrorCode.ABORTED, 'the export was aborted', { cause: error }) : asExportError(error, 'the export failed');
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  /** The restore guide, then manifest.json last, since it lists everything before it. */
  private async writeTrailer(
    writer: ArchiveWriter,
    options: ExportOptions,
    target: DatabaseTarget,
    dump: SizedDatabaseDump & { sha256: string },
    data: DataDirOutcome,
    level: number,
    createdAt: Date,
  ): Promise<{ manifest: ExportManifest; extras: Map<string, ExpectedEntry> }> {
    const guide = Buffer.from(renderRestoreGuide(options.language, {
      organizationName: options.organizationName,
      requestId: options.requestId,
      createdAt,
      databaseKind: target.kind,
      dumpPath: dump.path,
      excludedCount: data.excluded.length,
    }));
    const guideEntry: ManifestFile = { path: RESTORE_GUIDE_NAME, sizeBytes: guide.length, sha256: await writer.addBuffer({ name: RESTORE_GUIDE_NAME, mtime: createdAt }, guide) };
    const manifest: ExportManifest = {
      formatVersion: 1,
      requestId: options.requestId,
      organizationName: options.organizationName,
      language: options.language,
      createdAt: createdAt.toISOString(),
      compressionLevel: level,
      database: {
        kind: target.kind,
        name: target.database,
        path: dump.path,
        format: dump.format,
        sizeBytes: dump.sizeBytes,
        sha256: dump.sha256,
        tool: dump.tool,
        toolVersion: dump.toolVersion,
        serverVersion: dump.serverVersion,
      },
      files: data.files,
      renamed: data.renamed,
      excluded: data.excluded,
      totals: {
        files: data.files.length,
        fileBytes: data.files.reduce((sum, file) => sum + file.sizeBytes, 0),
        excluded: data.excluded.length,
        renamed: data.renamed.length,
      },
      extras: [guideEntry],
    };
    const body = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    const sha256 = await writer.addBuffer({ name: MANIFEST_NAME, mtime: createdAt }, body);
    return { manifest, extras: new Map([[MANIFEST_NAME, { sizeBytes: body.length, sha256 }]]) };
  }
}

function expectedEntries(manifest: ExportManifest, extras: ReadonlyMap<string, ExpectedEntry>): Map<string, ExpectedEntry> {
  const expected = new Map<string, ExpectedEntry>(extras);
  for (const file of [manifest.database, ...manifest.files, ...manifest.extras]) expected.set(file.path, file);
  return expected;
}

function validate(options: ExportOptions): DatabaseTarget {
  const level = options.compressionLevel ?? DEFAULT_LEVEL;
  if (!Number.isInteger(level) || level < 0 || level > 9) invalid('compressionLevel must be an integer from 0 to 9');
  if (!LANGUAGES.includes(options.language)) invalid(`language must be one of ${LANGUAGES.join(', ')}`);
  if (!options.destinationPath.endsWith('.tar.gz')) invalid('destinationPath must end with .tar.gz');
  if (options.requestId.trim() === '') invalid('requestId must not be empty');
  if (options.source.dataDir.trim() === '') invalid('source.dataDir must not be empty');
  if (options.signal?.aborted) throw new ExportError(ExportErrorCode.ABORTED, 'the export was aborted before it started');
  return parseDatabaseUrl(options.source.databaseUrl);
}

async function requireDirectory(path: string): Promise<void> {
  const found = await stat(path).catch((error: unknown) => {
    throw asExportError(error, 'source.dataDir cannot be read', ExportErrorCode.DATA_DIR_UNREADABLE);
  });
  if (!found.isDirectory()) throw new ExportError(ExportErrorCode.DATA_DIR_UNREADABLE, 'source.dataDir is not a directory');
}

function invalid(message: string): never {
  throw new ExportError(ExportErrorCode.INVALID_OPTIONS, message);
}

function asExportError(error: unknown, context: string, code = ExportErrorCode.WRITE_FAILED): ExportError {
  if (error instanceof ExportError) return error;
  const detail = error instanceof Error ? ('code' in error ? String((error as NodeJS.ErrnoException).code) : error.message) : String(error);
  return new ExportError(code, `${context}: ${detail}`, { cause: error });
}

/** SHA-256 of a file on disk, streamed; for callers that check an archive again later. */
export async function sha256OfFile(path: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return { sha256: hash.digest('hex'), sizeBytes: (await stat(path)).size };
}
