export enum RetentionErrorCode {
  INVALID_INSTANT = 'INVALID_INSTANT',
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
