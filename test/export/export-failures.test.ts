import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, truncate, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExportError, ExportErrorCode, ExportRunner, verifyMariaDbDump, verifyPostgresDump, type ExportOptions } from '@app/export';
import { createMariaDbTenant, createMoodledataFixture, createPostgresTenant, type MoodledataFixture, type TenantDatabase } from '../support/tenant-fixtures';

async function failureOf(promise: Promise<unknown>): Promise<ExportError> {
  const outcome = await promise.then(() => null, (error: unknown) => error);
  if (!(outcome instanceof ExportError)) throw new Error(`expected an ExportError, got ${String(outcome)}`);
  return outcome;
}

describe('ExportRunner failures', () => {
  let fixture: MoodledataFixture;
  let postgres: TenantDatabase;
  let mariadb: TenantDatabase;
  let workDir: string;
  let destinationDir: string;

  const options = (overrides: Partial<ExportOptions> & { databaseUrl?: string; dataDir?: string }): ExportOptions => ({
    source: { databaseUrl: overrides.databaseUrl ?? postgres.url, dataDir: overrides.dataDir ?? fixture.dataDir },
    destinationPath: join(destinationDir, 'export.tar.gz'),
    language: 'en',
    organizationName: 'Org',
    requestId: 'request-failing',
    ...overrides,
  });

  beforeAll(async () => {
    fixture = await createMoodledataFixture({ largeFileBytes: 8 * 1024 * 1024 });
    [postgres, mariadb] = await Promise.all([createPostgresTenant(), createMariaDbTenant()]);
    workDir = await mkdtemp(join(tmpdir(), 'export-failures-'));
  });

  beforeEach(async () => {
    destinationDir = join(workDir, `dest-${Math.random().toString(36).slice(2)}`);
    await mkdir(destinationDir);
  });

  afterEach(async () => {
    // Whatever happened, a failed export leaves nothing behind: no archive, no partial file, no work folder.
    expect(await readdir(destinationDir)).toEqual([]);
  });

  afterAll(async () => {
    await Promise.all([fixture?.cleanup(), postgres?.drop(), mariadb?.drop(), workDir && rm(workDir, { recursive: true, force: true })]);
  });

  it.each([
    ['a PostgreSQL role that does not exist', () => postgres.url.replace('postgres@', 'nobody_here@'), ExportErrorCode.DUMP_ACCESS_DENIED],
    ['a PostgreSQL database that does not exist', () => postgres.url.replace(postgres.name, 'no_such_db_here'), ExportErrorCode.DUMP_DATABASE_MISSING],
    ['a wrong MariaDB password', () => mariadb.url.replace('root@', 'root:wrong-password@'), ExportErrorCode.DUMP_ACCESS_DENIED],
    ['a MariaDB database that does not exist', () => mariadb.url.replace(mariadb.name, 'no_such_db_here'), ExportErrorCode.DUMP_DATABASE_MISSING],
    ['an unsupported database scheme', () => 'sqlite:///tmp/x.db', ExportErrorCode.UNSUPPORTED_DATABASE],
  ])('fails with a clear code for %s', async (_case, url, code) => {
    const error = await failureOf(new ExportRunner().run(options({ databaseUrl: url() })));
    expect({ code: error.code, transient: error.transient }).toEqual({ code, transient: false });
    expect(error.message).not.toContain('wrong-password');
  });

  it('fails with DATA_DIR_UNREADABLE when the data directory is missing', async () => {
    const error = await failureOf(new ExportRunner().run(options({ dataDir: join(workDir, 'missing') })));
    expect(error.code).toBe(ExportErrorCode.DATA_DIR_UNREADABLE);
  });

  it('rejects a compression level outside 0 to 9 before doing anything', async () => {
    const error = await failureOf(new ExportRunner().run(options({ compressionLevel: 12 })));
    expect([error.code, error.message]).toEqual([ExportErrorCode.INVALID_OPTIONS, 'compressionLevel must be an integer from 0 to 9']);
  });

  it('stops with ABORTED and removes the partial archive when aborted while writing files', async () => {
    const controller = new AbortController();
    const error = await failureOf(new ExportRunner().run(options({
      signal: controller.signal,
      onProgress: (p) => { if (p.phase === 'FILES') controller.abort(); },
    })));
    expect([error.code, error.transient]).toEqual([ExportErrorCode.ABORTED, true]);
  });

  it('finds a PostgreSQL custom-format dump cut short', async () => {
    const dump = join(destinationDir, 'cut.dump');
    execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, `--dbname=${postgres.url}`]);
    await truncate(dump, Math.floor((await stat(dump)).size / 2));
    const error = await failureOf(verifyPostgresDump(dump));
    await rm(dump);
    expect(error.code).toBe(ExportErrorCode.DUMP_TRUNCATED);
  });

  it('finds a MariaDB dump without its completion line', async () => {
    const dump = join(destinationDir, 'cut.sql');
    execFileSync('sh', ['-c', `mariadb-dump -h 127.0.0.1 -u root "${mariadb.name}" > "${dump}"`]);
    await truncate(dump, (await stat(dump)).size - 60);
    const error = await failureOf(verifyMariaDbDump(dump));
    await rm(dump);
    expect(error.code).toBe(ExportErrorCode.DUMP_TRUNCATED);
  });
});
