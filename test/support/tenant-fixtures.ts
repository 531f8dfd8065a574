import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, link, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { createConnection } from 'mysql2/promise';
import { Client } from 'pg';

/**
 * Real tenant databases and a moodledata folder full of the cases an export must survive.
 * Every name carries a random suffix so test files can run side by side.
 */

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
export const MARIADB_ADMIN_URL = process.env.TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306/mysql';

export type TenantRows = Record<string, unknown[][]>;

export interface TenantDatabase {
  name: string;
  url: string;
  /** Every row of every tenant table, ordered by id, values as text: comparable across a restore. */
  rows(): Promise<TenantRows>;
  drop(): Promise<void>;
}

const TABLES = ['mdl_user', 'mdl_course', 'mdl_files'] as const;

function uniqueName(label: string): string {
  return `${label}_${randomBytes(5).toString('hex')}`;
}

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const SEED_USERS: [string, string, string][] = [
  ['admin', 'Администратор', 'admin@example.org'],
  ['teacher1', 'Мария Иванова', 'maria@example.org'],
  ['student1', "O'Brien \"Quote\" \\ backslash", 'obrien@example.org'],
];
const SEED_COURSES: [string, string][] = [['Основы Moodle', 'moodle-101'], ['Chemistry\nwith newline', 'chem']];

/** An empty database, as a restore target. */
export async function createEmptyPostgresDatabase(label = 'restore_pg'): Promise<TenantDatabase> {
  const name = uniqueName(label);
  await postgresAdmin(`create database "${name}"`);
  return postgresTenant(name);
}

export async function createPostgresTenant(label = 'tenant_pg'): Promise<TenantDatabase> {
  const tenant = await createEmptyPostgresDatabase(label);
  const client = new Client({ connectionString: tenant.url });
  await client.connect();
  try {
    await client.query(`
      create table mdl_user (id bigserial primary key, username text not null unique, fullname text, email text, created timestamptz default now());
      create table mdl_course (id bigserial primary key, fullname text not null, shortname text not null, summary bytea);
      create table mdl_files (id bigserial primary key, contenthash char(40) not null, filename text not null, filesize bigint not null, userid bigint references mdl_user(id));`);
    for (const [username, fullname, email] of SEED_USERS) {
      await client.query('insert into mdl_user (username, fullname, email) values ($1, $2, $3)', [username, fullname, email]);
    }
    for (const [fullname, shortname] of SEED_COURSES) {
      await client.query('insert into mdl_course (fullname, shortname, summary) values ($1, $2, $3)', [fullname, shortname, Buffer.from([0, 1, 2, 255])]);
    }
    for (let i = 0; i < 50; i += 1) {
      await client.query('insert into mdl_files (contenthash, filename, filesize, userid) values ($1, $2, $3, $4)', [
        createHash('sha1').update(String(i)).digest('hex'), `файл-${i}.pdf`, i * 1000, (i % 3) + 1,
      ]);
    }
  } finally {
    await client.end();
  }
  return tenant;
}

function postgresTenant(name: string): TenantDatabase {
  const url = withDatabase(POSTGRES_ADMIN_URL, name);
  return {
    name,
    url,
    rows: async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        const rows: TenantRows = {};
        for (const table of TABLES) {
          const result = await client.query({ text: `select * from ${table} order by id`, rowMode: 'array' });
          rows[table] = result.rows.map((row: unknown[]) => row.map(asText));
        }
        return rows;
      } finally {
        await client.end();
      }
    },
    drop: () => postgresAdmin(`drop database if exists "${name}" with (force)`),
  };
}

async function postgresAdmin(sql: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createEmptyMariaDbDatabase(label = 'restore_my'): Promise<TenantDatabase> {
  const name = uniqueName(label);
  await mariaDbAdmin(`create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  return mariaDbTenant(name);
}

export async function createMariaDbTenant(label = 'tenant_my'): Promise<TenantDatabase> {
  const tenant = await createEmptyMariaDbDatabase(label);
  const connection = await createConnection({ uri: tenant.url, multipleStatements: true });
  try {
    await connection.query(`
      create table mdl_user (id bigint auto_increment primary key, username varchar(100) not null unique, fullname text, email text);
      create table mdl_course (id bigint auto_increment primary key, fullname text not null, shortname varchar(100) not null, summary blob);
      create table mdl_files (id bigint auto_increment primary key, contenthash char(40) not null, filename text not null, filesize bigint not null, userid bigint, foreign key (userid) references mdl_user(id));`);
    for (const user of SEED_USERS) await connection.query('insert into mdl_user (username, fullname, email) values (?, ?, ?)', user);
    for (const [fullname, shortname] of SEED_COURSES) {
      await connection.query('insert into mdl_course (fullname, shortname, summary) values (?, ?, ?)', [fullname, shortname, Buffer.from([0, 1, 2, 255])]);
    }
    for (let i = 0; i < 50; i += 1) {
      await connection.query('insert into mdl_files (contenthash, filename, filesize, userid) values (?, ?, ?, ?)', [
        createHash('sha1').update(String(i)).digest('hex'), `файл-${i}.pdf`, i * 1000, (i % 3) + 1,
      ]);
    }
  } finally {
    await connection.end();
  }
  return tenant;
}

function mariaDbTenant(name: string): TenantDatabase {
  const url = withDatabase(MARIADB_ADMIN_URL, name);
  return {
    name,
    url,
    rows: async () => {
      const connection = await createConnection({ uri: url });
      try {
        const rows: TenantRows = {};
        for (const table of TABLES) {
          const [result] = await connection.query({ sql: `select * from ${table} order by id`, rowsAsArray: true });
          rows[table] = (result as unknown[][]).map((row) => row.map(asText));
        }
        return rows;
      } finally {
        await connection.end();
      }
    },
    drop: () => mariaDbAdmin(`drop database if exists \`${name}\``),
  };
}

async function mariaDbAdmin(sql: string): Promise<void> {
  const connection = await createConnection({ uri: MARIADB_ADMIN_URL });
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}

function asText(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return value.toString('hex');
  if (value instanceof Date) return value.toISOString();
  return value === null ? null : String(value);
}

export interface ExpectedFile {
  sizeBytes: number;
  sha256: string;
}

export interface MoodledataFixture {
  /** Holds the tenant's data dir, a sibling tenant and an outside folder; removed by cleanup(). */
  baseDir: string;
  dataDir: string;
  /** Archive path (`moodledata/…`) → expected size and checksum. */
  included: Map<string, ExpectedFile>;
  /** Manifest path (`moodledata/<original, escaped>`) → exclusion reason. */
  excluded: Map<string, string>;
  /** Safe archive path → original path as the manifest escapes it. */
  renamed: Map<string, string>;
  /** Content that lives outside the data dir and must never appear in an archive. */
  outsideMarkers: string[];
  cleanup(): Promise<void>;
}

/**
 * A moodledata folder with ordinary, unicode, nested, renamed and excluded entries. The large file
 * is generated in chunks, never held in memory whole.
 */
export async function createMoodledataFixture(options: { largeFileBytes?: number } = {}): Promise<MoodledataFixture> {
  const baseDir = await mkdtemp(join(tmpdir(), 'moodledata-fixture-'));
  const dataDir = join(baseDir, 'tenant-a', 'moodledata');
  const siblingDir = join(baseDir, 'tenant-b', 'moodledata');
  const outsideDir = join(baseDir, 'outside');
  const outsideMarker = `OUTSIDE-${randomBytes(8).toString('hex')}`;
  const siblingMarker = `SIBLING-${randomBytes(8).toString('hex')}`;
  await mkdir(dataDir, { recursive: true });
  await mkdir(siblingDir, { recursive: true });
  await mkdir(outsideDir);
  await writeFile(join(siblingDir, 'secret.txt'), siblingMarker);
  await writeFile(join(outsideDir, 'secret.txt'), outsideMarker);

  const included = new Map<string, ExpectedFile>();
  const excluded = new Map<string, string>();
  const renamed = new Map<string, string>();
  const put = async (relative: string | Buffer, content: string | Buffer, mode = 0o644): Promise<void> => {
    const path = typeof relative === 'string' ? join(dataDir, relative) : Buffer.concat([Buffer.from(`${dataDir}/`), relative]);
    await mkdir(dirname(path.toString()), { recursive: true });
    await writeFile(path, content, { mode });
    await chmod(path, mode);
  };
  const keep = async (relative: string, content: string | Buffer): Promise<void> => {
    await put(relative, content);
    included.set(`moodledata/${relative}`, describe(content));
  };
  const skip = async (relative: string, content: string | Buffer, reason: string, mode = 0o644): Promise<void> => {
    await put(relative, content, mode);
    excluded.set(`moodledata/${relative}`, reason);
  };

  await keep('readme.txt', 'ordinary file\n');
  await keep('empty.txt', '');
  await keep('filedir/3f/a1/3fa1c0ffee00000000000000000000000000beef', randomBytes(10_000));
  await keep('Документы/отчёт за 2024 год.txt', 'юникод в имени\n');
  await keep('日本語/ファイル.txt', 'unicode\n');
  await keep('a/b/c/d/e/deep.txt', 'nested five levels\n');
  await keep('course/cache/kept.txt', 'only the top-level cache folder is regenerable\n');
  await keep('notes-with-shebang-later.txt', 'text\n#!/bin/sh is not at the start\n');
  for (const folder of ['cache', 'localcache', 'temp', 'sessions', 'trashdir', 'lock']) {
    await put(`${folder}/item.bin`, 'regenerable');
    excluded.set(`moodledata/${folder}`, 'REGENERABLE_FOLDER');
  }
  await skip('tools/run-me', 'echo hi\n', 'EXECUTABLE_MODE', 0o755);
  await skip('tools/group-exec.dat', 'data', 'EXECUTABLE_MODE', 0o654);
  await skip('shell.php', '<?php echo 1;', 'EXECUTABLE_EXTENSION');
  await skip('image.php.jpg', 'not really a jpeg', 'EXECUTABLE_EXTENSION');
  await skip('installer.EXE', 'MZ', 'EXECUTABLE_EXTENSION');
  await skip('filedir/aa/bb/aabb-php-content', '<?php system($_GET["c"]);', 'EXECUTABLE_CONTENT');
  await skip('filedir/cc/dd/ccdd-elf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), randomBytes(100)]), 'EXECUTABLE_CONTENT');
  await skip('filedir/ee/ff/eeff-script', '#!/bin/sh\nrm -rf /\n', 'EXECUTABLE_CONTENT');

  await symlink('/etc/passwd', join(dataDir, 'passwd-link'));
  excluded.set('moodledata/passwd-link', 'SYMLINK');
  await symlink(siblingDir, join(dataDir, 'sibling-tenant'));
  excluded.set('moodledata/sibling-tenant', 'SYMLINK');
  await link(join(outsideDir, 'secret.txt'), join(dataDir, 'hardlink-to-outside.txt'));
  excluded.set('moodledata/hardlink-to-outside.txt', 'HARD_LINK');
  execFileSync('mkfifo', [join(dataDir, 'a-fifo')]);
  excluded.set('moodledata/a-fifo', 'SPECIAL_FILE');

  await put('line\nbreak.txt', 'newline in the name\n');
  included.set('moodledata/line_break.txt', describe('newline in the name\n'));
  renamed.set('moodledata/line_break.txt', 'moodledata/line\\x0abreak.txt');
  await put(Buffer.from('bad-\xff\xfe.txt', 'latin1'), 'invalid utf-8 name\n');
  included.set('moodledata/bad-%ff%fe.txt', describe('invalid utf-8 name\n'));
  renamed.set('moodledata/bad-%ff%fe.txt', 'moodledata/bad-\\xff\\xfe.txt');
  await put('..\\..\\escape.txt', 'backslashes in the name\n');
  included.set('moodledata/.._.._escape.txt', describe('backslashes in the name\n'));
  renamed.set('moodledata/.._.._escape.txt', 'moodledata/..\\\\..\\\\escape.txt');
  await put('.../dots.txt', 'a folder named with dots only\n');
  included.set('moodledata/___/dots.txt', describe('a folder named with dots only\n'));
  renamed.set('moodledata/___/dots.txt', 'moodledata/.../dots.txt');

  const largeBytes = options.largeFileBytes ?? 50 * 1024 * 1024;
  included.set('moodledata/filedir/la/rg/large.bin', await writeGeneratedFile(join(dataDir, 'filedir/la/rg/large.bin'), largeBytes));

  return {
    baseDir,
    dataDir,
    included,
    excluded,
    renamed,
    outsideMarkers: [outsideMarker, siblingMarker, 'root:x:0:0'],
    cleanup: () => rm(baseDir, { recursive: true, force: true }),
  };
}

function describe(content: string | Buffer): ExpectedFile {
  const bytes = Buffer.from(content);
  return { sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Half compressible text, half random bytes, like real course files; written in 1 MB chunks. */
export async function writeGeneratedFile(path: string, sizeBytes: number): Promise<ExpectedFile> {
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  const hash = createHash('sha256');
  const text = Buffer.from('Lorem ipsum dolor sit amet, курс по основам Moodle, lesson '.repeat(20000));
  let written = 0;
  for (let i = 0; written < sizeBytes; i += 1) {
    const size = Math.min(1024 * 1024, sizeBytes - written);
    const chunk = i % 2 === 0 ? randomBytes(size) : text.subarray(0, size);
    hash.update(chunk);
    written += size;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { sizeBytes, sha256: hash.digest('hex') };
}
