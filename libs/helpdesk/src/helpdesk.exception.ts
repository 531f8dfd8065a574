export enum HelpdeskErrorCode {
  /** Missing, or another organisation's: the two are indistinguishable on purpose. */
  NOT_FOUND = 'NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  /** The change does not fit the current state (reopen an open ticket, grant a rejected request). */
  CONFLICT = 'CONFLICT',
  /** The customer's organisation is not known to the helpdesk yet. */
  ORGANIZATION_NOT_REGISTERED = 'ORGANIZATION_NOT_REGISTERED',
}

export class HelpdeskException extends Error {
  constructor(
    readonly code: HelpdeskErrorCode,
    message: string,
  ) {
    super(message);
    this.name = HelpdeskException.name;
  }

  static notFound(what: string): HelpdeskException {
    return new HelpdeskException(HelpdeskErrorCode.NOT_FOUND, `${what} not found`);
  }
}
