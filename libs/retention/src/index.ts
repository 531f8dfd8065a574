export * from './duties.service';
export * from './duty-action';
export * from './milestone.rules';
export * from './retention.exception';
export * from './retention.module';
