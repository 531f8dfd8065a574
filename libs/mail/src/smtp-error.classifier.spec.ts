import { MailDeliveryError, MailErrorCode } from './mail.exception';
import { classifySmtpError } from './smtp-error.classifier';

const smtpError = (props: Record<string, unknown>) => Object.assign(new Error('boom'), props);

describe(classifySmtpError.name, () => {
  it.each([
    ['a 451 answer to DATA', smtpError({ code: 'EMESSAGE', responseCode: 451 }), MailErrorCode.SMTP_TEMPORARY, true, 451],
    ['a 450 greylisting answer to RCPT', smtpError({ code: 'EENVELOPE', responseCode: 450 }), MailErrorCode.SMTP_TEMPORARY, true, 450],
    ['a 421 shutdown answer', smtpError({ code: 'ECONNECTION', responseCode: 421 }), MailErrorCode.SMTP_TEMPORARY, true, 421],
    ['a 550 refusal', smtpError({ code: 'EMESSAGE', responseCode: 550 }), MailErrorCode.SMTP_PERMANENT, false, 550],
    ['a 553 bad recipient', smtpError({ code: 'EENVELOPE', responseCode: 553 }), MailErrorCode.SMTP_PERMANENT, false, 553],
    ['a 535 authentication failure', smtpError({ code: 'EAUTH', responseCode: 535 }), MailErrorCode.SMTP_PERMANENT, false, 535],
    ['a refused connection', smtpError({ code: 'ESOCKET', errno: -111, syscall: 'connect' }), MailErrorCode.CONNECTION_FAILED, true, undefined],
    ['a bare ECONNREFUSED', smtpError({ code: 'ECONNREFUSED' }), MailErrorCode.CONNECTION_FAILED, true, undefined],
    ['a reset connection', smtpError({ code: 'ECONNRESET' }), MailErrorCode.CONNECTION_FAILED, true, undefined],
    ['an unexpectedly closed connection', smtpError({ code: 'ECONNECTION' }), MailErrorCode.CONNECTION_FAILED, true, undefined],
    ['a timeout', smtpError({ code: 'ETIMEDOUT' }), MailErrorCode.TIMEOUT, true, undefined],
    ['a TLS failure', smtpError({ code: 'ETLS' }), MailErrorCode.TLS_FAILED, true, undefined],
    ['missing credentials', smtpError({ code: 'EAUTH' }), MailErrorCode.AUTH_FAILED, false, undefined],
    ['an envelope without recipients', smtpError({ code: 'EENVELOPE' }), MailErrorCode.INVALID_MESSAGE, false, undefined],
    ['an unknown error', new Error('surprise'), MailErrorCode.UNKNOWN, true, undefined],
    ['a thrown string', 'surprise', MailErrorCode.UNKNOWN, true, undefined],
  ])('classifies %s', (_label, err, code, transient, smtpResponseCode) => {
    const classified = classifySmtpError(err);
    expect(classified).toBeInstanceOf(MailDeliveryError);
    expect(classified).toMatchObject({ code, transient, smtpResponseCode });
  });

  it('passes an already classified error through unchanged', () => {
    const err = MailDeliveryError.invalid('bad recipient');
    expect(classifySmtpError(err)).toBe(err);
  });

  it('keeps the original error as the cause', () => {
    const original = smtpError({ code: 'ETIMEDOUT' });
    expect(classifySmtpError(original).cause).toBe(original);
  });
});
