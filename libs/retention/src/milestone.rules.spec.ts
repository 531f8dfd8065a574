import { Contract, Product } from '@app/domain';
import { dueMilestone, milestoneWindows, purgeDue, ReminderMilestone } from './milestone.rules';

// D = 2027-06-30 in Moscow (UTC+3, no DST): E = 2027-06-30T21:00Z, P = 2027-07-30T21:00Z.
const CLOUD: Contract = { product: Product.CLOUD, lastServiceDay: '2027-06-30', timezone: 'Europe/Moscow' };
const SERVER: Contract = { ...CLOUD, product: Product.SERVER };
// D = 2027-03-27 in Berlin: E is midnight CET (23:00Z) just before the clocks go forward.
const BERLIN: Contract = { product: Product.CLOUD, lastServiceDay: '2027-03-27', timezone: 'Europe/Berlin' };

function ms(iso: string, deltaMs = 0): Date {
  return new Date(new Date(iso).getTime() + deltaMs);
}

describe(milestoneWindows.name, () => {
  it('lists the three end-of-service windows and, for the cloud, the purge window', () => {
    expect(milestoneWindows(CLOUD).map((w) => [w.milestone, w.from.toISOString(), w.until.toISOString(), w.deadline.toISOString()])).toEqual([
      [ReminderMilestone.END_IN_30_DAYS, '2027-05-31T21:00:00.000Z', '2027-06-23T21:00:00.000Z', '2027-06-30T21:00:00.000Z'],
      [ReminderMilestone.END_IN_7_DAYS, '2027-06-23T21:00:00.000Z', '2027-06-29T21:00:00.000Z', '2027-06-30T21:00:00.000Z'],
      [ReminderMilestone.END_IN_1_DAY, '2027-06-29T21:00:00.000Z', '2027-06-30T21:00:00.000Z', '2027-06-30T21:00:00.000Z'],
      [ReminderMilestone.PURGE_IN_7_DAYS, '2027-07-23T21:00:00.000Z', '2027-07-30T21:00:00.000Z', '2027-07-30T21:00:00.000Z'],
    ]);
  });

  it('gives a server licence no purge window, since the vendor keeps no copy of its data', () => {
    expect(milestoneWindows(SERVER).map((w) => w.milestone)).toEqual([
      ReminderMilestone.END_IN_30_DAYS,
      ReminderMilestone.END_IN_7_DAYS,
      ReminderMilestone.END_IN_1_DAY,
    ]);
  });

  it('counts from the end of service in the organisation\'s timezone', () => {
    expect(milestoneWindows(BERLIN)[2]?.until.toISOString()).toBe('2027-03-27T23:00:00.000Z');
  });
});

describe(dueMilestone.name, () => {
  const cases: [string, Contract, Date, ReminderMilestone | null][] = [
    ['nothing 1 ms before the 30-day mark', CLOUD, ms('2027-05-31T21:00:00Z', -1), null],
    ['the 30-day reminder at the 30-day mark', CLOUD, ms('2027-05-31T21:00:00Z'), ReminderMilestone.END_IN_30_DAYS],
    ['the 30-day reminder 1 ms before the 7-day mark', CLOUD, ms('2027-06-23T21:00:00Z', -1), ReminderMilestone.END_IN_30_DAYS],
    ['the 7-day reminder at the 7-day mark', CLOUD, ms('2027-06-23T21:00:00Z'), ReminderMilestone.END_IN_7_DAYS],
    ['the 1-day reminder at the 1-day mark', SERVER, ms('2027-06-29T21:00:00Z'), ReminderMilestone.END_IN_1_DAY],
    ['the 1-day reminder 1 ms before the end', SERVER, ms('2027-06-30T21:00:00Z', -1), ReminderMilestone.END_IN_1_DAY],
    ['nothing once the service has ended', SERVER, ms('2027-06-30T21:00:00Z'), null],
    ['nothing between the end and a week before the purge', CLOUD, ms('2027-07-23T21:00:00Z', -1), null],
    ['the purge reminder a week before the purge', CLOUD, ms('2027-07-23T21:00:00Z'), ReminderMilestone.PURGE_IN_7_DAYS],
    ['the purge reminder 1 ms before the purge', CLOUD, ms('2027-07-30T21:00:00Z', -1), ReminderMilestone.PURGE_IN_7_DAYS],
    ['nothing from the purge on', CLOUD, ms('2027-07-30T21:00:00Z'), null],
    ['nothing for a server a week before what would be its purge', SERVER, ms('2027-07-23T21:00:00Z'), null],
    ['the 1-day reminder in Berlin the evening before the clocks change', BERLIN, ms('2027-03-27T12:00:00Z'), ReminderMilestone.END_IN_1_DAY],
  ];

  it.each(cases)('gives %s', (_name, contract, at, expected) => {
    expect(dueMilestone(contract, at)?.milestone ?? null).toBe(expected);
  });
});

describe(purgeDue.name, () => {
  const cases: [string, Contract, Date, string | null][] = [
    ['nothing 1 ms before P', CLOUD, ms('2027-07-30T21:00:00Z', -1), null],
    ['P at P', CLOUD, ms('2027-07-30T21:00:00Z'), '2027-07-30T21:00:00.000Z'],
    ['P long after P, so a late run catches up', CLOUD, ms('2028-01-01T00:00:00Z'), '2027-07-30T21:00:00.000Z'],
    ['nothing ever for a server licence', SERVER, ms('2028-01-01T00:00:00Z'), null],
  ];

  it.each(cases)('gives %s', (_name, contract, at, expected) => {
    expect(purgeDue(contract, at)?.toISOString() ?? null).toBe(expected);
  });
});
