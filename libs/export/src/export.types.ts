import type { Language } from '@app/domain';
import type { DatabaseKind } from './database-url.parser';

export interface ExportSource {
  /** postgres://… or mysql://… / mariadb://… */
  databaseUrl: string;
  /** The tenant's moodledata directory. */
  dataDir: string;
}

export type ExportPhase = 'DATABASE' | 'FILES' | 'VERIFYING' | 'DONE';

export interface ExportProgress {
  phase: ExportPhase;
  /** Compressed bytes written to the archive so far. */
  bytesWritten: number;
  filesDone: number;
  filesTotal: number | null;
  percent: number | null;
}

export interface ExportOptions {
  source: ExportSource;
  /** Final `.tar.gz` path; its folder must exist. */
  destinationPath: string;
  language: Language;
  organizationName: string;
  requestId: string;
  /** gzip level 0–9, default 6. */
  compressionLevel?: number;
  now?: () => Date;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

/** Why a file or folder of the data directory is not in the archive. */
export enum ExclusionReason {
  EXECUTABLE_MODE = 'EXECUTABLE_MODE',
  EXECUTABLE_EXTENSION = 'EXECUTABLE_EXTENSION',
  EXECUTABLE_CONTENT = 'EXECUTABLE_CONTENT',
  REGENERABLE_FOLDER = 'REGENERABLE_FOLDER',
  SYMLINK = 'SYMLINK',
  HARD_LINK = 'HARD_LINK',
  SPECIAL_FILE = 'SPECIAL_FILE',
  OTHER_FILESYSTEM = 'OTHER_FILESYSTEM',
  CHANGED_DURING_EXPORT = 'CHANGED_DURING_EXPORT',
  UNREADABLE = 'UNREADABLE',
}

export interface ManifestFile {
  /** Path inside the archive, `/`-separated. */
  path: string;
  sizeBytes: number;
  sha256: string;
}

export interface ManifestRenamedFile {
  /** Safe path used in the archive. */
  path: string;
  /** The original path relative to the data directory, non-printable bytes as `\xNN`. */
  originalPath: string;
}

export interface ManifestExclusion {
  /** Original path relative to the data directory, non-printable bytes as `\xNN`. */
  path: string;
  reason: ExclusionReason;
  detail?: string;
}

export interface ManifestDatabase {
  kind: DatabaseKind;
  name: string;
  path: string;
  format: 'pg_dump-custom' | 'sql';
  sizeBytes: number;
  sha256: string;
  tool: string;
  toolVersion: string;
  serverVersion: string;
}

export interface ExportManifest {
  formatVersion: 1;
  requestId: string;
  organizationName: string;
  language: Language;
  createdAt: string;
  compressionLevel: number;
  database: ManifestDatabase;
  files: ManifestFile[];
  renamed: ManifestRenamedFile[];
  excluded: ManifestExclusion[];
  totals: { files: number; fileBytes: number; excluded: number; renamed: number };
  /** Other entries of the archive (the restore guide); manifest.json cannot list its own checksum. */
  extras: ManifestFile[];
}

export interface ExportResult {
  path: string;
  sizeBytes: number;
  /** SHA-256 of the `.tar.gz` file as written on disk. */
  sha256: string;
  manifest: ExportManifest;
}
