import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseTarget } from './database-url.parser';
import type { DatabaseDump } from './database.dumper';
import { ExportError, ExportErrorCode } from './export.exception';
import { dumpFailure, runTool, type ToolRun } from './tool.process';

const TOOLS = ['mariadb-dump', 'mysqldump'] as const;
const TAIL_BYTES = 512;
const HEAD_BYTES = 1024;

/**
 * mariadb-dump (or mysqldump where MariaDB's tool is absent) in one transaction. The credentials go
 * in a 0600 option file, never in argv where `ps` would show them.
 */
export async function dumpMariaDb(target: DatabaseTarget, workDir: string, signal?: AbortSignal): Promise<DatabaseDump> {
  const path = join(workDir, 'database.sql');
  const optionsFile = join(workDir, 'client.cnf');
  await writeFile(optionsFile, clientOptions(target), { mode: 0o600, flag: 'wx' });
  const args = [
    // must come first: the tools ignore it anywhere else
    `--defaults-extra-file=${optionsFile}`,
    '--single-transaction', '--quick', '--hex-blob', '--no-tablespaces', '--default-character-set=utf8mb4',
    '--routines', '--triggers', `--result-file=${path}`, target.database,
  ];
  let run: ToolRun | null = null;
  let tool: string = TOOLS[0];
  for (const candidate of TOOLS) {
    try {
      tool = candidate;
      run = await runTool(candidate, args, { signal });
      break;
    } catch (error) {
      if (!(error instanceof ExportError && error.code === ExportErrorCode.DUMP_TOOL_MISSING)) throw error;
    }
  }
  if (run === null) throw new ExportError(ExportErrorCode.DUMP_TOOL_MISSING, 'neither mariadb-dump nor mysqldump is installed');
  if (run.exitCode !== 0) throw dumpFailure(tool, run);
  const { serverVersion } = await verifyMariaDbDump(path);
  const version = await runTool(tool, ['--version'], { signal });
  return {
    path,
    format: 'sql',
    extension: 'sql',
    tool,
    toolVersion: version.stdout.trim() || 'unknown',
    serverVersion,
  };
}

/** Fails with DUMP_TRUNCATED unless the dump ends with the tool's completion line. */
export async function verifyMariaDbDump(path: string): Promise<{ serverVersion: string }> {
  const { head, tail } = await readEnds(path);
  if (!/^-- Dump completed/m.test(tail)) {
    throw new ExportError(ExportErrorCode.DUMP_TRUNCATED, 'the SQL dump does not end with its "-- Dump completed" line');
  }
  return { serverVersion: /^-- Server version\s+(.+)$/m.exec(head)?.[1].trim() ?? 'unknown' };
}

function clientOptions(target: DatabaseTarget): string {
  const lines = ['[client]', `host=${quote(target.host)}`, `port=${target.port}`, `user=${quote(target.user)}`];
  if (target.password !== null) lines.push(`password=${quote(target.password)}`);
  return `${lines.join('\n')}\n`;
}

/** Option-file values in double quotes understand backslash escapes; nothing else is special inside. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

async function readEnds(path: string): Promise<{ head: string; tail: string }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    const tailLength = Math.min(TAIL_BYTES, size);
    const tail = await handle.read(Buffer.alloc(tailLength), 0, tailLength, size - tailLength);
    return {
      head: head.buffer.subarray(0, head.bytesRead).toString('utf8'),
      tail: tail.buffer.subarray(0, tail.bytesRead).toString('utf8'),
    };
  } finally {
    await handle.close();
  }
}
