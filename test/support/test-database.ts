import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrateDatabase } from '@app/persistence';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated database of its own for one test file; `drop()` removes it. */
export class TestDatabase {
  private constructor(
    readonly name: string,
    readonly url: string,
  ) {}

  static async create(label = 'helpdesk'): Promise<TestDatabase> {
    const name = `test_${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const database = new TestDatabase(name, url.toString());
    await migrateDatabase(database.url);
    return database;
  }

  async drop(): Promise<void> {
    const client = new Client({ connectionString: ADMIN_URL });
    await client.connect();
    try {
      await client.query(`drop database if exists "${this.name}" with (force)`);
    } finally {
      await client.end();
    }
  }
}
