import { Injectable } from '@nestjs/common';
import { ArchiveExpiryDuty } from './archive-expiry.duty';
import { BackupPurgeDuty } from './backup-purge.duty';
import { DutyAction, DutyRunOptions } from './duty-action';
import { ReminderDuty } from './reminder.duty';
import { RetentionErrorCode, RetentionException } from './retention.exception';

/**
 * Every time-driven duty, as of one instant: the scheduler job runs it every minute and `tick`
 * runs it for an operator. Each duty acts on everything due up to `at`, not only on what fell in
 * the last minute, so a run after an outage catches up; what it did is held by unique keys and
 * state guards, so running it again for the same instant (or in two workers at once) does nothing.
 */
@Injectable()
export class DutiesService {
  constructor(
    private readonly purges: BackupPurgeDuty,
    private readonly expiries: ArchiveExpiryDuty,
    private readonly reminders: ReminderDuty,
  ) {}

  async run(at: Date, options: DutyRunOptions = { dryRun: false }): Promise<DutyAction[]> {
    if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
      throw new RetentionException(RetentionErrorCode.INVALID_INSTANT, `The duties need a valid instant, got ${String(at)}`);
    }
    // Purge before expiry: at P an archive past its link lifetime is purged, not merely expired.
    const purged = await this.purges.run(at, options.dryRun);
    const expired = await this.expiries.run(at, options.dryRun);
    const reminded = await this.reminders.run(at, options.dryRun);
    return [...purged, ...expired, ...reminded];
  }
}
