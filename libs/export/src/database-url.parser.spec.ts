import { parseDatabaseUrl } from './database-url.parser';
import { ExportErrorCode } from './export.exception';

describe(parseDatabaseUrl.name, () => {
  it.each([
    ['postgres://u:p%40ss@db.local:6432/moodle?sslmode=require', { kind: 'postgresql', host: 'db.local', port: 6432, user: 'u', password: 'p@ss', database: 'moodle', sslMode: 'require' }],
    ['postgresql://127.0.0.1/tenant', { kind: 'postgresql', host: '127.0.0.1', port: 5432, user: 'postgres', password: null, database: 'tenant', sslMode: null }],
    ['mysql://moodle:secret@[::1]/t1', { kind: 'mariadb', host: '::1', port: 3306, user: 'moodle', password: 'secret', database: 't1', sslMode: null }],
    ['mariadb://root@127.0.0.1:3307/t2', { kind: 'mariadb', host: '127.0.0.1', port: 3307, user: 'root', password: null, database: 't2', sslMode: null }],
  ])('reads %p', (url, target) => {
    expect(parseDatabaseUrl(url)).toEqual(target);
  });

  it.each([
    ['not a url', ExportErrorCode.INVALID_OPTIONS],
    ['sqlite:///tmp/db', ExportErrorCode.UNSUPPORTED_DATABASE],
    ['postgres://host/', ExportErrorCode.INVALID_OPTIONS],
    ['postgres://host/a/b', ExportErrorCode.INVALID_OPTIONS],
  ])('refuses %p with %p', (url, code) => {
    expect(() => parseDatabaseUrl(url)).toThrow(expect.objectContaining({ code }));
  });

  it('never repeats the password in an error message', () => {
    expect(() => parseDatabaseUrl('oracle://u:TopSecret@h/db')).toThrow(expect.objectContaining({ message: expect.not.stringContaining('TopSecret') }));
  });
});
