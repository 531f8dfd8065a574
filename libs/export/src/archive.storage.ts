import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { ExportError, ExportErrorCode } from './export.exception';

export interface StoredArchive {
  sizeBytes: number;
  lastModified: Date;
}

/** Where finished archives live. Local disk by default; S3-compatible storage fits behind the same shape. */
export interface ArchiveStorage {
  /** The local path an export is written to (its folder is created). */
  pathFor(exportId: string): Promise<string>;
  exists(exportId: string): Promise<boolean>;
  stat(exportId: string): Promise<StoredArchive | null>;
  /** `end` is inclusive, as in HTTP Range. */
  openRead(exportId: string, range?: { start: number; end: number }): Readable;
  /** Idempotent: deleting what is already gone succeeds. */
  delete(exportId: string): Promise<void>;
}

/** Export ids become file names, so only a conservative alphabet is accepted. */
const EXPORT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export class LocalArchiveStorage implements ArchiveStorage {
  private readonly rootDir: string;

  constructor(rootDir: string) {
    this.rootDir = resolve(rootDir);
  }

  async pathFor(exportId: string): Promise<string> {
    await mkdir(this.rootDir, { recursive: true, mode: 0o700 });
    return this.fileOf(exportId);
  }

  async exists(exportId: string): Promise<boolean> {
    return (await this.stat(exportId)) !== null;
  }

  async stat(exportId: string): Promise<StoredArchive | null> {
    try {
      const found = await stat(this.fileOf(exportId));
      return found.isFile() ? { sizeBytes: found.size, lastModified: found.mtime } : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  openRead(exportId: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.fileOf(exportId), range === undefined ? {} : { start: range.start, end: range.end });
  }

  async delete(exportId: string): Promise<void> {
    await rm(this.fileOf(exportId), { force: true });
  }

  private fileOf(exportId: string): string {
    if (!EXPORT_ID.test(exportId)) {
      throw new ExportError(ExportErrorCode.INVALID_OPTIONS, 'exportId may hold only letters, digits, "-" and "_" (1 to 128)');
    }
    return join(this.rootDir, `${exportId}.tar.gz`);
  }
}
