const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The UTC calendar day `days` away from `at`, as YYYY-MM-DD. Used only to narrow which contracts
 * a duty loads (by their last day of service); the exact instants are decided by the rules, so
 * callers widen the range by a day or two to cover every time zone.
 */
export function utcDayAround(at: Date, days: number): string {
  return new Date(at.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}
