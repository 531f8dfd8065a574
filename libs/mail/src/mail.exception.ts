export enum MailErrorCode {
  /** The mail server answered 4xx: try again later. */
  SMTP_TEMPORARY = 'SMTP_TEMPORARY',
  /** The mail server answered 5xx: retrying sends the same refusal. */
  SMTP_PERMANENT = 'SMTP_PERMANENT',
  CONNECTION_FAILED = 'CONNECTION_FAILED',
  TIMEOUT = 'TIMEOUT',
  TLS_FAILED = 'TLS_FAILED',
  AUTH_FAILED = 'AUTH_FAILED',
  /** Recipients, headers or template data the lib refuses to send. */
  INVALID_MESSAGE = 'INVALID_MESSAGE',
  OUTBOX_WRITE_FAILED = 'OUTBOX_WRITE_FAILED',
  UNKNOWN = 'UNKNOWN',
}

/**
 * The one error type of the mail lib. `transient` tells the worker whether a retry with backoff can
 * succeed; a permanent failure must stop the retries.
 */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';

  constructor(
    readonly code: MailErrorCode,
    message: string,
    readonly transient: boolean,
    readonly smtpResponseCode?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  static invalid(message: string): MailDeliveryError {
    return new MailDeliveryError(MailErrorCode.INVALID_MESSAGE, message, false);
  }
}
