/** Why an export failed. `transient` tells the worker whether another try can succeed. */
export enum ExportErrorCode {
  INVALID_OPTIONS = 'INVALID_OPTIONS',
  UNSUPPORTED_DATABASE = 'UNSUPPORTED_DATABASE',
  DATA_DIR_UNREADABLE = 'DATA_DIR_UNREADABLE',
  DUMP_TOOL_MISSING = 'DUMP_TOOL_MISSING',
  DUMP_ACCESS_DENIED = 'DUMP_ACCESS_DENIED',
  DUMP_DATABASE_MISSING = 'DUMP_DATABASE_MISSING',
  DUMP_FAILED = 'DUMP_FAILED',
  DUMP_TRUNCATED = 'DUMP_TRUNCATED',
  SOURCE_CHANGED = 'SOURCE_CHANGED',
  WRITE_FAILED = 'WRITE_FAILED',
  VERIFICATION_FAILED = 'VERIFICATION_FAILED',
  ABORTED = 'ABORTED',
}

const TRANSIENT_CODES: ReadonlySet<ExportErrorCode> = new Set([
  ExportErrorCode.DUMP_FAILED,
  ExportErrorCode.DUMP_TRUNCATED,
  ExportErrorCode.SOURCE_CHANGED,
  ExportErrorCode.WRITE_FAILED,
  ExportErrorCode.VERIFICATION_FAILED,
  // An abort comes from a worker shutting down: the job is worth running again elsewhere.
  ExportErrorCode.ABORTED,
]);

export class ExportError extends Error {
  readonly transient: boolean;

  constructor(
    readonly code: ExportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExportError';
    this.transient = TRANSIENT_CODES.has(code);
  }

  static isTransientCode(code: ExportErrorCode): boolean {
    return TRANSIENT_CODES.has(code);
  }
}
