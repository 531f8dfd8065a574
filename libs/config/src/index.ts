export * from './app-config';
export * from './config.exception';
export * from './config.module';
export * from './load-config';
