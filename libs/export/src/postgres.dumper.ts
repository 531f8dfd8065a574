import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseTarget } from './database-url.parser';
import { ExportError, ExportErrorCode } from './export.exception';
import { dumpFailure, runTool } from './tool.process';
import type { DatabaseDump } from './database.dumper';

const PG_DUMP = 'pg_dump';
const PG_RESTORE = 'pg_restore';

/** pg_dump in custom format; the password travels in PGPASSWORD, never in argv. */
export async function dumpPostgres(target: DatabaseTarget, workDir: string, signal?: AbortSignal): Promise<DatabaseDump> {
  const path = join(workDir, 'database.dump');
  const env: NodeJS.ProcessEnv = { ...process.env, PGCONNECT_TIMEOUT: '15' };
  delete env.PGPASSWORD;
  if (target.password !== null) env.PGPASSWORD = target.password;
  if (target.sslMode !== null) env.PGSSLMODE = target.sslMode;
  // --file rather than stdout: a seekable output lets pg_dump write data offsets into the TOC,
  // which pg_restore -j and selective restores need.
  const args = [
    '--format=custom', '--no-password', `--file=${path}`,
    `--host=${target.host}`, `--port=${target.port}`, `--username=${target.user}`, `--dbname=${target.database}`,
  ];
  const run = await runTool(PG_DUMP, args, { env, signal });
  if (run.exitCode !== 0) throw dumpFailure(PG_DUMP, run);
  return { path, format: 'pg_dump-custom', extension: 'dump', tool: PG_DUMP, ...(await verifyPostgresDump(path, signal)) };
}

/** Fails with DUMP_TRUNCATED unless pg_restore can read the whole dump; returns the versions it records. */
export async function verifyPostgresDump(path: string, signal?: AbortSignal): Promise<{ toolVersion: string; serverVersion: string }> {
  await checkMagic(path);
  const toc = await runTool(PG_RESTORE, ['--list', path], { signal });
  if (toc.exitCode !== 0) {
    throw new ExportError(ExportErrorCode.DUMP_TRUNCATED, `pg_restore cannot read the dump's table of contents: ${toc.stderr.trim().slice(0, 300)}`);
  }
  // The custom format has no end marker: reading every block to /dev/null is the check that finds a cut file.
  const full = await runTool(PG_RESTORE, ['--file=/dev/null', path], { signal });
  if (full.exitCode !== 0) {
    throw new ExportError(ExportErrorCode.DUMP_TRUNCATED, `the dump is incomplete: ${full.stderr.trim().slice(0, 300)}`);
  }
  return {
    toolVersion: tocField(toc.stdout, /Dumped by pg_dump version:\s*(.+)/),
    serverVersion: tocField(toc.stdout, /Dumped from database version:\s*(.+)/),
  };
}

async function checkMagic(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (bytesRead < 5 || buffer.toString('latin1') !== 'PGDMP') {
      throw new ExportError(ExportErrorCode.DUMP_TRUNCATED, 'the dump does not start with the pg_dump custom-format header');
    }
  } finally {
    await handle.close();
  }
}

function tocField(listing: string, pattern: RegExp): string {
  return pattern.exec(listing)?.[1].trim() ?? 'unknown';
}
