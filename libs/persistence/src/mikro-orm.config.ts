import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, Options } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../../../prisma-free-schema/migrations';
import { ENTITIES } from './entities';

export interface OrmSettings {
  databaseUrl: string;
  /** Connections per process; API and worker each hold a pool. */
  poolSize?: number;
  debug?: boolean;
}

export function mikroOrmOptions(settings: OrmSettings): Options {
  return defineConfig({
    clientUrl: settings.databaseUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: settings.poolSize ?? 10 },
    // Entities are listed explicitly; no folder discovery, so the build and the sources behave alike.
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    // A request or a job forks its own EntityManager; touching the global one is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: settings.debug ?? false,
  });
}
