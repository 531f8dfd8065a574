import { constants as fsConstants, Stats } from 'node:fs';
import { lstat, open, readdir, type FileHandle } from 'node:fs/promises';
import { ExclusionReason, type ManifestExclusion } from './export.types';
import { classifyByNameAndMode, isRegenerableFolder } from './file-policy';
import { escapeBytes, safeComponent } from './safe-name';

/** A regular file the walker accepts by name, mode and link count; its content is checked when opened. */
export interface FileCandidate {
  kind: 'file';
  /** Safe path relative to the data directory, `/`-separated. */
  safePath: string;
  /** Original relative path with unsafe bytes escaped. */
  originalPath: string;
  /** True when any part of the path had to change. */
  renamed: boolean;
  /** Opens through the already verified parent directory: nothing on the way can be swapped. */
  openPath: Buffer;
  stat: Stats;
}

export interface WalkExclusion {
  kind: 'excluded';
  exclusion: ManifestExclusion;
}

export type WalkItem = FileCandidate | WalkExclusion;

interface DirectoryHandle {
  handle: FileHandle;
  /** `/proc/self/fd/N`: resolving names under it acts like openat(2) on the open directory. */
  anchor: string;
  safePath: string;
  originalPath: string;
  /** Whether this folder or one above it got a safe name. */
  renamed: boolean;
}

const DIR_FLAGS = fsConstants.O_RDONLY | fsConstants.O_DIRECTORY | fsConstants.O_NOFOLLOW;
/** O_NONBLOCK keeps a FIFO swapped in after lstat from blocking the open. */
export const FILE_FLAGS = fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK;

/**
 * Walks a data directory without ever leaving it. Every directory is opened with O_NOFOLLOW and
 * compared (device + inode) with what lstat saw, and children are reached through the open
 * directory's /proc/self/fd entry, so a directory replaced by a symlink mid-run is caught rather
 * than followed. Linux only, like the servers this runs on.
 */
export class DataDirWalker {
  constructor(private readonly root: string) {}

  async *walk(): AsyncGenerator<WalkItem> {
    const handle = await open(this.root, fsConstants.O_RDONLY | fsConstants.O_DIRECTORY);
    try {
      const rootStat = await handle.stat();
      yield* this.walkDirectory({ handle, anchor: `/proc/self/fd/${handle.fd}`, safePath: '', originalPath: '', renamed: false }, rootStat.dev);
    } finally {
      await handle.close();
    }
  }

  private async *walkDirectory(dir: DirectoryHandle, rootDev: number): AsyncGenerator<WalkItem> {
    const names = (await readdir(dir.anchor, { encoding: 'buffer' })).sort(Buffer.compare);
    const safeNames = uniqueSafeNames(names);
    for (let i = 0; i < names.length; i += 1) {
      const raw = names[i];
      const safe = safeNames[i].name;
      const renamed = dir.renamed || safeNames[i].renamed;
      const originalPath = join(dir.originalPath, escapeBytes(raw));
      const safePath = join(dir.safePath, safe);
      const openPath = Buffer.concat([Buffer.from(`${dir.anchor}/`), raw]);
      const excluded = (reason: ExclusionReason, detail?: string): WalkExclusion => ({
        kind: 'excluded',
        exclusion: detail === undefined ? { path: originalPath, reason } : { path: originalPath, reason, detail },
      });

      let stat: Stats;
      try {
        stat = await lstat(openPath);
      } catch (error) {
        yield excluded(ExclusionReason.CHANGED_DURING_EXPORT, `vanished: ${errorCode(error)}`);
        continue;
      }
      if (stat.isSymbolicLink()) {
        yield excluded(ExclusionReason.SYMLINK);
      } else if (stat.dev !== rootDev) {
        yield excluded(ExclusionReason.OTHER_FILESYSTEM);
      } else if (stat.isDirectory()) {
        if (dir.safePath === '' && isRegenerableFolder(safe)) {
          yield excluded(ExclusionReason.REGENERABLE_FOLDER);
          continue;
        }
        yield* this.enterDirectory(openPath, stat, { safePath, originalPath, renamed }, rootDev, excluded);
      } else if (stat.isFile()) {
        const verdict = classifyByNameAndMode(safe, stat.mode);
        if (verdict !== null) yield excluded(verdict.reason, verdict.detail);
        else if (stat.nlink > 1) yield excluded(ExclusionReason.HARD_LINK, `${stat.nlink} links`);
        else yield { kind: 'file', safePath, originalPath, renamed, openPath, stat };
      } else {
        yield excluded(ExclusionReason.SPECIAL_FILE, specialKind(stat));
      }
    }
  }

  private async *enterDirectory(
    openPath: Buffer,
    seen: Stats,
    names: Pick<DirectoryHandle, 'safePath' | 'originalPath' | 'renamed'>,
    rootDev: number,
    excluded: (reason: ExclusionReason, detail?: string) => WalkExclusion,
  ): AsyncGenerator<WalkItem> {
    let handle: FileHandle;
    try {
      handle = await open(openPath, DIR_FLAGS);
    } catch (error) {
      yield excluded(ExclusionReason.CHANGED_DURING_EXPORT, `not a directory when opened: ${errorCode(error)}`);
      return;
    }
    try {
      const opened = await handle.stat();
      if (opened.dev !== seen.dev || opened.ino !== seen.ino) {
        yield excluded(ExclusionReason.CHANGED_DURING_EXPORT, 'directory replaced while being read');
        return;
      }
      yield* this.walkDirectory({ handle, anchor: `/proc/self/fd/${handle.fd}`, ...names }, rootDev);
    } finally {
      await handle.close();
    }
  }
}

/** Sanitised names that collide get a `~N` suffix; names that needed no change keep theirs. */
function uniqueSafeNames(names: Buffer[]): { name: string; renamed: boolean }[] {
  const safe = names.map((raw) => safeComponent(raw));
  const taken = new Set(safe.filter((s) => s.unchanged).map((s) => s.name));
  return safe.map((s) => {
    if (s.unchanged) return { name: s.name, renamed: false };
    let candidate = s.name;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${s.name}~${n}`;
    taken.add(candidate);
    return { name: candidate, renamed: true };
  });
}

function join(parent: string, name: string): string {
  return parent === '' ? name : `${parent}/${name}`;
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isBlockDevice()) return 'block device';
  if (stat.isCharacterDevice()) return 'character device';
  return 'unknown type';
}

export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : 'error';
}
