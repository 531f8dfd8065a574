import { MikroORM } from '@mikro-orm/postgresql';
import { Product } from '@app/domain';
import { mikroOrmOptions, Organization, Ticket } from '@app/persistence';
import { TestDatabase } from './support/test-database';

describe('persistence', () => {
  let database: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    database = await TestDatabase.create('persistence');
    orm = await MikroORM.init(mikroOrmOptions({ databaseUrl: database.url, poolSize: 2 }));
  });

  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  it('keeps the last service day as the calendar date it was given', async () => {
    const em = orm.em.fork();
    const org = new Organization({
      externalId: 'ext-1', name: 'Org', product: Product.CLOUD, lastServiceDay: '2026-03-29',
      timezone: 'Europe/Moscow', language: 'ru', contactEmails: ['a@example.org', 'b@example.org'],
    });
    await em.persistAndFlush(org);
    const loaded = await orm.em.fork().findOneOrFail(Organization, org.id);
    expect(loaded.lastServiceDay).toBe('2026-03-29');
    expect(loaded.contactEmails).toEqual(['a@example.org', 'b@example.org']);
  });

  it('numbers tickets from the database sequence', async () => {
    const em = orm.em.fork();
    const org = await em.findOneOrFail(Organization, { externalId: 'ext-1' });
    const classification = { labels: [], confidence: 1, needsReview: false, language: 'ru' as const, evidence: [], version: 't' };
    const first = new Ticket({ organization: org, authorId: 'u', authorEmail: null, subject: 's', body: 'b', language: 'ru', classification });
    const second = new Ticket({ organization: org, authorId: 'u', authorEmail: null, subject: 's', body: 'b', language: 'ru', classification });
    await em.persistAndFlush([first, second]);
    expect(typeof first.number).toBe('number');
    expect(second.number).toBe((first.number ?? 0) + 1);
  });
});
