import { FixedClock, systemClock } from './clock';
import { DomainErrorCode } from './domain.exception';

describe(FixedClock.name, () => {
  it('stands still at the instant it was given', () => {
    const clock = new FixedClock('2026-08-31T20:59:59.999Z');
    expect(clock.now().toISOString()).toBe('2026-08-31T20:59:59.999Z');
    expect(clock.now().toISOString()).toBe('2026-08-31T20:59:59.999Z');
  });

  it('moves only when set or advanced', () => {
    const clock = new FixedClock(new Date('2026-08-31T20:59:59.999Z'));
    clock.advance(1);
    expect(clock.now().toISOString()).toBe('2026-08-31T21:00:00.000Z');
    clock.set('2026-09-30T21:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-09-30T21:00:00.000Z');
  });

  it('does not move when a caller changes the Date it returned', () => {
    const clock = new FixedClock('2026-01-01T00:00:00.000Z');
    clock.now().setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('refuses an instant that is not one', () => {
    expect(() => new FixedClock('tomorrow')).toThrow(expect.objectContaining({ code: DomainErrorCode.INVALID_INSTANT }));
  });
});

describe('systemClock', () => {
  it('tells the current time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
