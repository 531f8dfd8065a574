import { MailDeliveryError, MailErrorCode } from './mail.exception';

/** nodemailer tags socket-level failures with its own codes; Node's errno codes appear when it does not. */
const CONNECTION_CODES = new Set([
  'ECONNECTION',
  'ESOCKET',
  'EDNS',
  'EPROTOCOL',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT']);
const INVALID_MESSAGE_CODES = new Set(['EENVELOPE', 'EMESSAGE', 'EREQUIRETLS']);

interface ErrorShape {
  message: string;
  code?: unknown;
  responseCode?: unknown;
}

/** Duck-typed: errors raised by Node's sockets may come from another realm (vm, jest) and fail `instanceof Error`. */
function shapeOf(err: unknown): ErrorShape {
  if (typeof err === 'object' && err !== null && typeof (err as ErrorShape).message === 'string') return err as ErrorShape;
  return { message: String(err) };
}

/**
 * Turns whatever nodemailer or the socket threw into a MailDeliveryError. The SMTP reply code wins
 * over the error code: an EENVELOPE with 450 is a greylisting answer worth retrying, with 550 it is not.
 * Unknown failures count as transient because the worker's retries are bounded anyway, while a
 * wrongly permanent verdict would lose the e-mail.
 */
export function classifySmtpError(err: unknown): MailDeliveryError {
  if (err instanceof MailDeliveryError) return err;
  const { message, code, responseCode } = shapeOf(err);
  const reply = typeof responseCode === 'number' ? responseCode : undefined;
  const make = (mailCode: MailErrorCode, transient: boolean) =>
    new MailDeliveryError(mailCode, message, transient, reply, { cause: err });

  if (reply !== undefined && reply >= 400 && reply < 500) return make(MailErrorCode.SMTP_TEMPORARY, true);
  if (reply !== undefined && reply >= 500 && reply < 600) return make(MailErrorCode.SMTP_PERMANENT, false);
  if (typeof code === 'string') {
    if (TIMEOUT_CODES.has(code)) return make(MailErrorCode.TIMEOUT, true);
    if (CONNECTION_CODES.has(code)) return make(MailErrorCode.CONNECTION_FAILED, true);
    // A certificate gets renewed, a TLS endpoint comes back: worth the bounded retries.
    if (code === 'ETLS') return make(MailErrorCode.TLS_FAILED, true);
    if (code === 'EAUTH') return make(MailErrorCode.AUTH_FAILED, false);
    if (INVALID_MESSAGE_CODES.has(code)) return make(MailErrorCode.INVALID_MESSAGE, false);
  }
  return make(MailErrorCode.UNKNOWN, true);
}
