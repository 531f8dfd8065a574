import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { HelpdeskModule } from '@app/helpdesk';
import { PersistenceModule } from '@app/persistence';

/** What commands that touch the database need; no queues, no HTTP. */
@Module({ imports: [ConfigModule, PersistenceModule, HelpdeskModule] })
export class CliModule {}
