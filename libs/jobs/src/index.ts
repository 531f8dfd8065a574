export * from './export-job.service';
export * from './jobs.module';
export * from './notification-data.builder';
export * from './notification-sender.service';
export * from './outbox-relay.service';
export * from './work-reconciler.service';
