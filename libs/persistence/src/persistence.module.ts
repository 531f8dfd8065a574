import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { mikroOrmOptions } from './mikro-orm.config';

/** MikroORM's core module is global: its EntityManager is injectable everywhere once this is imported. */
@Module({
  imports: [
    MikroOrmModule.forRootAsync({
      driver: PostgreSqlDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ ...mikroOrmOptions({ databaseUrl: config.databaseUrl, poolSize: config.databasePoolSize }), registerRequestContext: true }),
    }),
  ],
})
export class PersistenceModule {}
