import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ExportRunner, MANIFEST_NAME, RESTORE_GUIDE_NAME, type ExportManifest, type ExportProgress, type ExportResult } from '@app/export';
import {
  createEmptyMariaDbDatabase,
  createEmptyPostgresDatabase,
  createMariaDbTenant,
  createMoodledataFixture,
  createPostgresTenant,
  type MoodledataFixture,
  type TenantDatabase,
} from '../support/tenant-fixtures';

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every path under `dir`, relative, `/`-separated; fails on anything that is not a plain file or folder. */
async function listTree(dir: string, root = dir): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const stat = await lstat(path);
    if (stat.isDirectory()) found.push(...(await listTree(path, root)));
    else if (stat.isFile() && stat.nlink === 1) found.push(relative(root, path));
    else throw new Error(`extracted tree holds a link or special file: ${path}`);
  }
  return found.sort();
}

const KINDS = [
  { kind: 'PostgreSQL', language: 'ru' as const, tenant: createPostgresTenant, empty: createEmptyPostgresDatabase, dumpName: (db: string) => `database/${db}.dump` },
  { kind: 'MariaDB', language: 'en' as const, tenant: createMariaDbTenant, empty: createEmptyMariaDbDatabase, dumpName: (db: string) => `database/${db}.sql` },
];

describe.each(KINDS)('ExportRunner with a $kind tenant', ({ language, tenant: createTenant, empty, dumpName }) => {
  let fixture: MoodledataFixture;
  let tenant: TenantDatabase;
  let restored: TenantDatabase | null = null;
  let workDir: string;
  let result: ExportResult;
  let manifest: ExportManifest;
  let extracted: string;
  const progress: ExportProgress[] = [];

  beforeAll(async () => {
    fixture = await createMoodledataFixture();
    tenant = await createTenant();
    workDir = await mkdtemp(join(tmpdir(), 'export-runner-'));
    await mkdir(join(workDir, 'archives'));
    result = await new ExportRunner().run({
      source: { databaseUrl: tenant.url, dataDir: fixture.dataDir },
      destinationPath: join(workDir, 'archives', 'export-1.tar.gz'),
      language,
      organizationName: 'ООО «Школа»',
      requestId: 'request-1',
      compressionLevel: 6,
      now: () => new Date('2025-03-01T10:00:00Z'),
      onProgress: (p) => progress.push(p),
    });
    extracted = join(workDir, 'extracted');
    await mkdir(extracted);
    execFileSync('tar', ['-xzf', result.path, '-C', extracted]);
    manifest = JSON.parse(await readFile(join(extracted, MANIFEST_NAME), 'utf8')) as ExportManifest;
  }, 120_000);

  afterAll(async () => {
    await Promise.all([fixture?.cleanup(), tenant?.drop(), restored?.drop(), workDir && rm(workDir, { recursive: true, force: true })]);
  });

  it('leaves only the final archive in the destination folder, with the checksum it reports', async () => {
    expect(await readdir(join(workDir, 'archives'))).toEqual(['export-1.tar.gz']);
    expect(await sha256Of(result.path)).toBe(result.sha256);
    expect((await lstat(result.path)).size).toBe(result.sizeBytes);
  });

  it('extracts with GNU tar into exactly the dump, the kept files, the guide and the manifest', async () => {
    const expected = [dumpName(tenant.name), MANIFEST_NAME, RESTORE_GUIDE_NAME, ...fixture.included.keys()].sort();
    expect(await listTree(extracted)).toEqual(expected);
  });

  it('matches every manifest checksum and size against the extracted files', async () => {
    const listed = [manifest.database, ...manifest.files, ...manifest.extras];
    for (const file of listed) {
      expect({ path: file.path, sha256: await sha256Of(join(extracted, file.path)), size: (await lstat(join(extracted, file.path))).size })
        .toEqual({ path: file.path, sha256: file.sha256, size: file.sizeBytes });
    }
    expect(manifest.files.map((f) => [f.path, { sizeBytes: f.sizeBytes, sha256: f.sha256 }])).toEqual(
      expect.arrayContaining([...fixture.included.entries()]),
    );
    expect(manifest.totals).toEqual({
      files: fixture.included.size,
      fileBytes: [...fixture.included.values()].reduce((sum, f) => sum + f.sizeBytes, 0),
      excluded: fixture.excluded.size,
      renamed: fixture.renamed.size,
    });
  });

  it('lists every left-out entry with its reason and every renamed file with its original name', () => {
    expect(new Map(manifest.excluded.map((e) => [e.path, e.reason]))).toEqual(fixture.excluded);
    expect(new Map(manifest.renamed.map((r) => [r.path, r.originalPath]))).toEqual(fixture.renamed);
  });

  it('brings in nothing from outside the data directory', async () => {
    for (const path of await listTree(extracted)) {
      if (path.endsWith('large.bin')) continue; // generated bytes, checked by checksum above
      const text = await readFile(join(extracted, path), 'latin1');
      for (const marker of fixture.outsideMarkers) expect(text.includes(marker) ? `${path} holds ${marker}` : 'clean').toBe('clean');
    }
  });

  it('records the request, creation time and the versions of the dump tool and server', () => {
    expect(manifest).toMatchObject({ requestId: 'request-1', createdAt: '2025-03-01T10:00:00.000Z', language, compressionLevel: 6 });
    expect(manifest.database.toolVersion).toMatch(/\d+\.\d+/);
    expect(manifest.database.serverVersion).toMatch(/\d+\.\d+/);
  });

  it("writes the restore guide in the customer's language", async () => {
    const guide = await readFile(join(extracted, RESTORE_GUIDE_NAME), 'utf8');
    expect(guide).toContain(language === 'ru' ? 'Восстановление данных Moodle' : 'Restoring your Moodle data');
    expect(guide).toContain(manifest.database.path);
  });

  it('restores the dump into a fresh database with the same rows', async () => {
    restored = await empty();
    const dump = join(extracted, manifest.database.path);
    if (manifest.database.format === 'pg_dump-custom') {
      execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restored.url}`, dump]);
    } else {
      execFileSync('sh', ['-c', `mariadb -h 127.0.0.1 -u root "${restored.name}" < "${dump}"`]);
    }
    expect(await restored.rows()).toEqual(await tenant.rows());
  });

  it('reports progress through every phase and ends at 100 percent', () => {
    const phases = progress.map((p) => p.phase).filter((phase, i, all) => all[i - 1] !== phase);
    expect(phases).toEqual(['DATABASE', 'FILES', 'VERIFYING', 'DONE']);
    expect(progress.at(-1)).toMatchObject({ phase: 'DONE', percent: 100, filesDone: fixture.included.size, bytesWritten: result.sizeBytes });
  });
});
