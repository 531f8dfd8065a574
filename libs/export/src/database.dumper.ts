import { stat } from 'node:fs/promises';
import type { DatabaseTarget } from './database-url.parser';
import { dumpMariaDb } from './mariadb.dumper';
import { dumpPostgres } from './postgres.dumper';

/** A complete, checked dump on local disk, ready to go into the archive. */
export interface DatabaseDump {
  path: string;
  format: 'pg_dump-custom' | 'sql';
  extension: 'dump' | 'sql';
  tool: string;
  toolVersion: string;
  serverVersion: string;
}

export interface SizedDatabaseDump extends DatabaseDump {
  sizeBytes: number;
}

/** Dumps into `workDir` with the tool that matches the database; throws ExportError on any failure. */
export async function dumpDatabase(target: DatabaseTarget, workDir: string, signal?: AbortSignal): Promise<SizedDatabaseDump> {
  const dump = target.kind === 'postgresql'
    ? await dumpPostgres(target, workDir, signal)
    : await dumpMariaDb(target, workDir, signal);
  return { ...dump, sizeBytes: (await stat(dump.path)).size };
}
