import { Contract, backupPurgeAt, endOfService } from './contract.rules';
import { DomainErrorCode } from './domain.exception';
import { Product } from './vocabulary';

const contract = (lastServiceDay: string, timezone: string): Contract => ({ product: Product.CLOUD, lastServiceDay, timezone });

describe(endOfService.name, () => {
  it.each([
    ['Europe/Moscow', '2026-08-31', '2026-08-31T21:00:00.000Z'],
    ['Asia/Vladivostok', '2026-12-31', '2026-12-31T14:00:00.000Z'],
    ['Asia/Kolkata', '2026-02-28', '2026-02-28T18:30:00.000Z'],
    ['UTC', '2024-02-29', '2024-03-01T00:00:00.000Z'],
    ['America/New_York', '2026-03-07', '2026-03-08T05:00:00.000Z'],
    ['America/New_York', '2026-03-08', '2026-03-09T04:00:00.000Z'],
    ['America/New_York', '2026-10-31', '2026-11-01T04:00:00.000Z'],
    ['America/New_York', '2026-11-01', '2026-11-02T05:00:00.000Z'],
  ])('ends service in %s with last day %s at %s', (tz, day, expected) => {
    expect(endOfService(contract(day, tz)).toISOString()).toBe(expected);
  });

  it.each([
    [{ product: Product.SERVER, lastServiceDay: '2026-02-30', timezone: 'Europe/Moscow' }, 'lastServiceDay'],
    [{ product: Product.SERVER, lastServiceDay: '31.08.2026', timezone: 'Europe/Moscow' }, 'lastServiceDay'],
    [{ product: Product.SERVER, lastServiceDay: '2026-08-31', timezone: 'Moscow' }, 'timezone'],
    [{ product: 'ONPREM' as Product, lastServiceDay: '2026-08-31', timezone: 'Europe/Moscow' }, 'product'],
  ])('refuses %j, naming %s', (bad, field) => {
    expect(() => endOfService(bad)).toThrow(expect.objectContaining({
      code: DomainErrorCode.INVALID_CONTRACT,
      message: expect.stringContaining(field),
    }));
  });
});

describe(backupPurgeAt.name, () => {
  it.each([
    ['Europe/Moscow', '2026-08-31', '2026-09-30T21:00:00.000Z'],
    ['Asia/Vladivostok', '2026-12-31', '2027-01-30T14:00:00.000Z'],
    ['Asia/Kolkata', '2026-02-28', '2026-03-30T18:30:00.000Z'],
    ['UTC', '2024-02-29', '2024-03-31T00:00:00.000Z'],
    // 30 x 24 hours across a clock change: P falls at 01:00 or 23:00 local time, by design.
    ['America/New_York', '2026-03-07', '2026-04-07T05:00:00.000Z'],
    ['America/New_York', '2026-10-31', '2026-12-01T04:00:00.000Z'],
  ])('purges backups in %s with last day %s at %s', (tz, day, expected) => {
    expect(backupPurgeAt(contract(day, tz)).toISOString()).toBe(expected);
  });

  it('lies exactly thirty days of 24 hours after the end of service', () => {
    const c = contract('2026-03-01', 'America/New_York');
    expect(backupPurgeAt(c).getTime() - endOfService(c).getTime()).toBe(30 * 24 * 3_600_000);
  });
});
