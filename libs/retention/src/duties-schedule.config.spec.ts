import { DEFAULT_DUTIES_EVERY_MS, dutiesEveryMs } from './duties-schedule.config';

describe(dutiesEveryMs.name, () => {
  it.each([
    ['the default when unset', undefined, DEFAULT_DUTIES_EVERY_MS],
    ['the default when empty', '', DEFAULT_DUTIES_EVERY_MS],
    ['a valid interval', '30000', 30_000],
  ])('gives %s', (_name, raw, expected) => {
    expect(dutiesEveryMs({ DUTIES_EVERY_MS: raw })).toBe(expected);
  });

  it.each([['soon'], ['999'], ['1.5e3'], ['86400001']])('refuses "%s", naming the variable', (raw) => {
    expect(() => dutiesEveryMs({ DUTIES_EVERY_MS: raw })).toThrow('DUTIES_EVERY_MS must be an integer from 1000 to 86400000');
  });
});
