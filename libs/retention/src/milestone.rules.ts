import { backupPurgeAt, Contract, endOfService, Product } from '@app/domain';

/** The moments an organisation is warned of a deadline of its contract. */
export enum ReminderMilestone {
  END_IN_30_DAYS = 'END_IN_30_DAYS',
  END_IN_7_DAYS = 'END_IN_7_DAYS',
  END_IN_1_DAY = 'END_IN_1_DAY',
  PURGE_IN_7_DAYS = 'PURGE_IN_7_DAYS',
}

export type ReminderTemplate = 'REMINDER_BEFORE_END' | 'REMINDER_BEFORE_PURGE';

export interface MilestoneWindow {
  milestone: ReminderMilestone;
  template: ReminderTemplate;
  /** The deadline warned of: end of service E, or backup purge P. */
  deadline: Date;
  /** The milestone is due from here (inclusive)... */
  from: Date;
  /** ...until the next milestone of the same deadline, or the deadline itself (exclusive). */
  until: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const END_MILESTONES: readonly { milestone: ReminderMilestone; daysBefore: number }[] = [
  { milestone: ReminderMilestone.END_IN_30_DAYS, daysBefore: 30 },
  { milestone: ReminderMilestone.END_IN_7_DAYS, daysBefore: 7 },
  { milestone: ReminderMilestone.END_IN_1_DAY, daysBefore: 1 },
];
const PURGE_DAYS_BEFORE = 7;

/**
 * Every reminder window of a contract, earliest first. Days are counted as 24 hours before the
 * deadline, like P itself, so "1 day before" is the same hour of the clock the deadline falls on.
 * Windows end where the next one starts: a run that missed a milestone (the worker was down, or
 * the contract arrived late) sends the one that is current, never a stale warning on top of it.
 */
export function milestoneWindows(contract: Contract): MilestoneWindow[] {
  const end = endOfService(contract);
  const windows = END_MILESTONES.map((m, i): MilestoneWindow => {
    const next = END_MILESTONES[i + 1];
    return {
      milestone: m.milestone,
      template: 'REMINDER_BEFORE_END',
      deadline: end,
      from: before(end, m.daysBefore),
      until: next ? before(end, next.daysBefore) : end,
    };
  });
  if (contract.product === Product.CLOUD) {
    const purge = backupPurgeAt(contract);
    windows.push({
      milestone: ReminderMilestone.PURGE_IN_7_DAYS,
      template: 'REMINDER_BEFORE_PURGE',
      deadline: purge,
      from: before(purge, PURGE_DAYS_BEFORE),
      until: purge,
    });
  }
  return windows;
}

/** The reminder due at `at`, if any: windows never overlap, so there is at most one. */
export function dueMilestone(contract: Contract, at: Date): MilestoneWindow | null {
  return milestoneWindows(contract).find((w) => w.from <= at && at < w.until) ?? null;
}

/** The purge instant P if it has come for this contract (cloud only), else null. */
export function purgeDue(contract: Contract, at: Date): Date | null {
  if (contract.product !== Product.CLOUD) return null;
  const purge = backupPurgeAt(contract);
  return at >= purge ? purge : null;
}

function before(deadline: Date, days: number): Date {
  return new Date(deadline.getTime() - days * DAY_MS);
}
