export enum DomainErrorCode {
  INVALID_CALENDAR_DATE = 'INVALID_CALENDAR_DATE',
  INVALID_TIME_ZONE = 'INVALID_TIME_ZONE',
  INVALID_INSTANT = 'INVALID_INSTANT',
  INVALID_LANGUAGE = 'INVALID_LANGUAGE',
  INVALID_CONTRACT = 'INVALID_CONTRACT',
  INVALID_REQUEST = 'INVALID_REQUEST',
  INVALID_GUIDANCE_LINKS = 'INVALID_GUIDANCE_LINKS',
}

/** Bad input to the contract rules: the message names the value and what is wrong with it. */
export class DomainException extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = DomainException.name;
  }
}
