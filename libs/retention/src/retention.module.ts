import { Module } from '@nestjs/common';
import { HelpdeskModule } from '@app/helpdesk';
import { ArchiveExpiryDuty } from './archive-expiry.duty';
import { BackupPurgeDuty } from './backup-purge.duty';
import { DutiesService } from './duties.service';
import { ReminderDuty } from './reminder.duty';

/**
 * The time-driven duties; needs the persistence module (and config) imported beside it. Re-exports
 * the helpdesk module so whoever schedules the duties reads the same clock they run by.
 */
@Module({
  imports: [HelpdeskModule],
  providers: [ArchiveExpiryDuty, BackupPurgeDuty, ReminderDuty, DutiesService],
  exports: [DutiesService, HelpdeskModule],
})
export class RetentionModule {}
