export * from './entities';
export * from './migrate';
export * from './mikro-orm.config';
export * from './persistence.module';
export * from './batch-coalescer';
export * from './bookkeeping-commit';
