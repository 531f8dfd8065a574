import type { Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { ArchiveWriter } from './archive.writer';
import { DataDirWalker, errorCode, FILE_FLAGS, type FileCandidate } from './data-dir.walker';
import { ExportError, ExportErrorCode } from './export.exception';
import { ExclusionReason, type ManifestExclusion, type ManifestFile, type ManifestRenamedFile } from './export.types';
import { CONTENT_SNIFF_BYTES, executableContent, executableMode } from './file-policy';

export const DATA_PREFIX = 'moodledata/';
const READ_CHUNK = 1024 * 1024;

export interface DataDirTotals {
  files: number;
  bytes: number;
}

export interface DataDirOutcome {
  files: ManifestFile[];
  renamed: ManifestRenamedFile[];
  excluded: ManifestExclusion[];
}

export interface FileProgress {
  filesDone: number;
  bytesDone: number;
}

/** Puts the acceptable files of a data directory into the archive and records everything left out. */
export class DataDirArchiver {
  constructor(
    private readonly root: string,
    private readonly signal?: AbortSignal,
  ) {}

  /** A metadata-only pass, so progress can be shown as a share of the whole. */
  async count(): Promise<DataDirTotals> {
    const totals = { files: 0, bytes: 0 };
    for await (const item of new DataDirWalker(this.root).walk()) {
      this.throwIfAborted();
      if (item.kind === 'file') {
        totals.files += 1;
        totals.bytes += item.stat.size;
      }
    }
    return totals;
  }

  async archive(writer: ArchiveWriter, onProgress: (progress: FileProgress) => void): Promise<DataDirOutcome> {
    const outcome: DataDirOutcome = { files: [], renamed: [], excluded: [] };
    const progress: FileProgress = { filesDone: 0, bytesDone: 0 };
    for await (const item of new DataDirWalker(this.root).walk()) {
      this.throwIfAborted();
      if (item.kind === 'excluded') {
        outcome.excluded.push({ ...item.exclusion, path: DATA_PREFIX + item.exclusion.path });
        continue;
      }
      const added = await this.addFile(writer, item, outcome, progress, onProgress);
      if (added) {
        progress.filesDone += 1;
        onProgress(progress);
      }
    }
    return outcome;
  }

  private async addFile(
    writer: ArchiveWriter,
    candidate: FileCandidate,
    outcome: DataDirOutcome,
    progress: FileProgress,
    onProgress: (progress: FileProgress) => void,
  ): Promise<boolean> {
    const exclude = (reason: ExclusionReason, detail: string): false => {
      outcome.excluded.push({ path: DATA_PREFIX + candidate.originalPath, reason, detail });
      return false;
    };
    let handle: FileHandle;
    try {
      handle = await open(candidate.openPath, FILE_FLAGS);
    } catch (error) {
      const code = errorCode(error);
      return code === 'ELOOP'
        ? exclude(ExclusionReason.CHANGED_DURING_EXPORT, 'replaced by a symlink while being read')
        : exclude(ExclusionReason.UNREADABLE, code);
    }
    try {
      // Checked again on the open descriptor: this is the file whose bytes are read, whatever the path says now.
      const stat = await handle.stat();
      const changed = whatChanged(candidate.stat, stat);
      if (changed !== null) return exclude(ExclusionReason.CHANGED_DURING_EXPORT, changed);
      const head = Buffer.alloc(Math.min(CONTENT_SNIFF_BYTES, stat.size));
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      const kind = executableContent(head.subarray(0, bytesRead));
      if (kind !== null) return exclude(ExclusionReason.EXECUTABLE_CONTENT, kind);

      const path = DATA_PREFIX + candidate.safePath;
      const sha256 = await writer.addStream(
        { name: path, size: stat.size, mtime: stat.mtime },
        this.readExactly(handle, stat.size, candidate.originalPath, (n) => {
          progress.bytesDone += n;
          onProgress(progress);
        }),
      );
      outcome.files.push({ path, sizeBytes: stat.size, sha256 });
      if (candidate.renamed) outcome.renamed.push({ path, originalPath: DATA_PREFIX + candidate.originalPath });
      return true;
    } finally {
      await handle.close();
    }
  }

  /**
   * Yields exactly `size` bytes. A file that grew is cut at the size the tar header announced (a
   * consistent snapshot); one that shrank cannot be archived as announced, so the run is retried.
   */
  private async *readExactly(handle: FileHandle, size: number, name: string, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
    let position = 0;
    while (position < size) {
      this.throwIfAborted();
      const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, size - position));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) {
        throw new ExportError(ExportErrorCode.SOURCE_CHANGED, `moodledata/${name} shrank while being archived`);
      }
      position += bytesRead;
      onBytes(bytesRead);
      yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
    }
  }

  private throwIfAborted(): void {
    if (this.signal?.aborted) throw new ExportError(ExportErrorCode.ABORTED, 'the export was aborted');
  }
}

function whatChanged(seen: Stats, opened: Stats): string | null {
  if (!opened.isFile()) return 'no longer a regular file when opened';
  if (opened.dev !== seen.dev || opened.ino !== seen.ino) return 'replaced while being read';
  if (opened.nlink > 1) return 'became a hard link while being read';
  if (executableMode(opened.mode)) return 'became executable while being read';
  return null;
}
