export * from './job-producer';
export * from './outbox-entry';
export * from './queue-contract';
export * from './queue.module';
