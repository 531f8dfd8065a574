export enum RetentionErrorCode {
  INVALID_INSTANT = 'INVALID_INSTANT',
  INVALID_SCHEDULE = 'INVALID_SCHEDULE',
}

export class RetentionException extends Error {
  constructor(
    readonly code: RetentionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = RetentionException.name;
  }
}
