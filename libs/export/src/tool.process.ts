import { spawn } from 'node:child_process';
import { ExportError, ExportErrorCode } from './export.exception';

export interface ToolRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The first few KB of stdout, when not sent to a file. */
  stdout: string;
  /** The last few KB of stderr: enough to explain a failure, bounded whatever the tool prints. */
  stderr: string;
}

export interface ToolOptions {
  env?: NodeJS.ProcessEnv;
  /** A file descriptor that receives stdout; otherwise stdout is collected (bounded). */
  stdoutFd?: number;
  signal?: AbortSignal;
}

const OUTPUT_LIMIT = 8 * 1024;

/** Runs a command-line tool to completion. Rejects only when it cannot start or is aborted. */
export function runTool(command: string, args: readonly string[], options: ToolOptions = {}): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: ['ignore', options.stdoutFd ?? 'pipe', 'pipe'],
      signal: options.signal,
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      // Tools print what matters (versions, headers) first.
      if (stdout.length < OUTPUT_LIMIT) stdout = (stdout + chunk).slice(0, OUTPUT_LIMIT);
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-OUTPUT_LIMIT);
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (error.name === 'AbortError') {
        reject(new ExportError(ExportErrorCode.ABORTED, 'the export was aborted', { cause: error }));
      } else if (error.code === 'ENOENT') {
        reject(new ExportError(ExportErrorCode.DUMP_TOOL_MISSING, `${command} is not installed`, { cause: error }));
      } else {
        reject(new ExportError(ExportErrorCode.DUMP_FAILED, `${command} could not start: ${error.message}`, { cause: error }));
      }
    });
    child.once('close', (exitCode, signal) => resolve({ exitCode, signal, stdout, stderr }));
  });
}

/** Maps a failed dump's stderr to a code: credentials and a missing database will not heal by retrying. */
export function dumpFailure(tool: string, run: ToolRun): ExportError {
  const text = run.stderr;
  const summary = lastLines(text);
  const how = run.signal === null ? `exit code ${run.exitCode}` : `signal ${run.signal}`;
  if (/password authentication failed|no password supplied|Access denied for user|authentication failed|role "[^"]*" does not exist/i.test(text)) {
    return new ExportError(ExportErrorCode.DUMP_ACCESS_DENIED, `${tool} was refused by the database server (${how}): ${summary}`);
  }
  if (/database "[^"]*" does not exist|Unknown database/i.test(text)) {
    return new ExportError(ExportErrorCode.DUMP_DATABASE_MISSING, `${tool} found no such database (${how}): ${summary}`);
  }
  return new ExportError(ExportErrorCode.DUMP_FAILED, `${tool} failed (${how}): ${summary}`);
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ').slice(0, 500) || 'no message';
}
