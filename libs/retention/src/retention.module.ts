import { Module } from '@nestjs/common';
import { HelpdeskModule } from '@app/helpdesk';
import { ArchiveExpiryDuty } from './archive-expiry.duty';
import { BackupPurgeDuty } from './backup-purge.duty';
import { DutiesService } from './duties.service';
import { ReminderDuty } from './reminder.duty';

/** The time-driven duties; needs the persistence module (and config) imported beside it. */
@Module({
  imports: [HelpdeskModule],
  providers: [ArchiveExpiryDuty, BackupPurgeDuty, ReminderDuty, DutiesService],
  exports: [DutiesService],
})
export class RetentionModule {}
