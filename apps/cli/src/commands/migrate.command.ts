import { loadConfig } from '@app/config';
import { migrateDatabase } from '@app/persistence';

export async function runMigrate(_argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const applied = await migrateDatabase(loadConfig().databaseUrl);
  out.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n');
  return 0;
}
