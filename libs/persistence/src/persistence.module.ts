import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { mikroOrmOptions } from './mikro-orm.config';

@Module({
  imports: [
    MikroOrmModule.forRootAsync({
      driver: PostgreSqlDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ ...mikroOrmOptions({ databaseUrl: config.databaseUrl }), registerRequestContext: true }),
    }),
  ],
  exports: [MikroOrmModule],
})
export class PersistenceModule {}
