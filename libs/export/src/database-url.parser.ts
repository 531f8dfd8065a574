import { ExportError, ExportErrorCode } from './export.exception';

export type DatabaseKind = 'postgresql' | 'mariadb';

/** A tenant database address split into the parts the dump tools take separately. */
export interface DatabaseTarget {
  kind: DatabaseKind;
  host: string;
  port: number;
  user: string;
  /** Never passed on a command line: PGPASSWORD or a 0600 option file carries it. */
  password: string | null;
  database: string;
  /** PostgreSQL `sslmode`, when the URL asks for one. */
  sslMode: string | null;
}

const KIND_BY_PROTOCOL: Readonly<Record<string, DatabaseKind>> = {
  'postgres:': 'postgresql',
  'postgresql:': 'postgresql',
  'mysql:': 'mariadb',
  'mariadb:': 'mariadb',
};

const DEFAULT_PORT: Readonly<Record<DatabaseKind, number>> = { postgresql: 5432, mariadb: 3306 };
const DEFAULT_USER: Readonly<Record<DatabaseKind, string>> = { postgresql: 'postgres', mariadb: 'root' };

/** Parses `postgres://`, `postgresql://`, `mysql://` or `mariadb://` URLs; the message never repeats the password. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ExportError(ExportErrorCode.INVALID_OPTIONS, 'source.databaseUrl is not a valid URL');
  }
  const kind = KIND_BY_PROTOCOL[parsed.protocol];
  if (kind === undefined) {
    throw new ExportError(
      ExportErrorCode.UNSUPPORTED_DATABASE,
      `source.databaseUrl has an unsupported scheme "${parsed.protocol}" (expected postgres:, postgresql:, mysql: or mariadb:)`,
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database === '' || database.includes('/')) {
    throw new ExportError(ExportErrorCode.INVALID_OPTIONS, 'source.databaseUrl must name exactly one database in its path');
  }
  const port = parsed.port === '' ? DEFAULT_PORT[kind] : Number(parsed.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ExportError(ExportErrorCode.INVALID_OPTIONS, 'source.databaseUrl has an invalid port');
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  return {
    kind,
    host,
    port,
    user: parsed.username === '' ? DEFAULT_USER[kind] : decodeURIComponent(parsed.username),
    password: parsed.password === '' ? null : decodeURIComponent(parsed.password),
    database,
    sslMode: parsed.searchParams.get('sslmode'),
  };
}
