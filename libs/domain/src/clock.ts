import { DomainErrorCode, DomainException } from './domain.exception';

/** Where "now" comes from, so that every time-driven rule can be tested at an exact instant. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told otherwise. */
export class FixedClock implements Clock {
  private current: number;

  constructor(at: Date | string) {
    this.current = toEpochMs(at);
  }

  /** A fresh Date each time: a caller that mutates it must not move the clock. */
  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = toEpochMs(at);
  }

  advance(milliseconds: number): void {
    if (!Number.isFinite(milliseconds)) {
      throw new DomainException(DomainErrorCode.INVALID_INSTANT, `Cannot advance the clock by ${milliseconds} ms`);
    }
    this.current += milliseconds;
  }
}

function toEpochMs(at: Date | string): number {
  const epochMs = (typeof at === 'string' ? new Date(at) : at).getTime();
  if (Number.isNaN(epochMs)) {
    throw new DomainException(DomainErrorCode.INVALID_INSTANT, `Not a valid instant for the clock: ${String(at)}`);
  }
  return epochMs;
}
