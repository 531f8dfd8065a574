import { RetentionErrorCode, RetentionException } from './retention.exception';

/** How often the worker runs the duties unless DUTIES_EVERY_MS says otherwise. */
export const DEFAULT_DUTIES_EVERY_MS = 60_000;

/** Reads DUTIES_EVERY_MS (1 second to 1 day), naming the variable when it is wrong. */
export function dutiesEveryMs(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.DUTIES_EVERY_MS;
  if (raw === undefined || raw === '') return DEFAULT_DUTIES_EVERY_MS;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1000 || value > 86_400_000) {
    throw new RetentionException(RetentionErrorCode.INVALID_SCHEDULE, `DUTIES_EVERY_MS must be an integer from 1000 to 86400000, got "${raw}"`);
  }
  return value;
}
