import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { HelpdeskModule } from '@app/helpdesk';
import { JobsModule } from '@app/jobs';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { RetentionModule } from '@app/retention';
import { ExportProcessor } from './export.processor';
import { MailProcessor } from './mail.processor';
import { MaintenanceProcessor } from './maintenance.processor';

@Module({
  imports: [ConfigModule, PersistenceModule, QueueModule, HelpdeskModule, JobsModule, RetentionModule],
  providers: [ExportProcessor, MailProcessor, MaintenanceProcessor],
})
export class WorkerModule {}
