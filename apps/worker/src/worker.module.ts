import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { HelpdeskModule } from '@app/helpdesk';
import { JobsModule } from '@app/jobs';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { RetentionModule } from '@app/retention';
import { exportProcessorProvider } from './export.processor';
import { mailProcessorProvider } from './mail.processor';
import { MaintenanceProcessor } from './maintenance.processor';

@Module({
  imports: [ConfigModule, PersistenceModule, QueueModule, HelpdeskModule, JobsModule, RetentionModule],
  providers: [exportProcessorProvider, mailProcessorProvider, MaintenanceProcessor],
})
export class WorkerModule {}
