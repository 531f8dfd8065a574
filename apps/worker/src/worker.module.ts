import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { JobsModule } from '@app/jobs';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { ExportProcessor } from './export.processor';
import { MailProcessor } from './mail.processor';

@Module({
  imports: [ConfigModule, PersistenceModule, QueueModule, JobsModule],
  providers: [ExportProcessor, MailProcessor],
})
export class WorkerModule {}
