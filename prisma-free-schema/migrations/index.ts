import { MigrationObject } from '@mikro-orm/core';
import { InitialMigration } from './20261128000000-initial.migration';
import { DutiesMigration } from './20261128100000-duties.migration';
import { QueueIndexesMigration } from './20261128200000-queue-indexes.migration';
import { OutboxNotifyTriggerMigration } from './20261129000000-outbox-notify-trigger.migration';
import { ReviewQueueIndexMigration } from './20261130000000-review-queue-index.migration';

/** Listed by hand so the same list runs from TypeScript (tests) and from the build (operators). */
export const MIGRATIONS: MigrationObject[] = [
  { name: '20261128000000-initial', class: InitialMigration },
  { name: '20261128100000-duties', class: DutiesMigration },
  { name: '20261128200000-queue-indexes', class: QueueIndexesMigration },
  { name: '20261129000000-outbox-notify-trigger', class: OutboxNotifyTriggerMigration },
  { name: '20261130000000-review-queue-index', class: ReviewQueueIndexMigration },
];
