import { dueStateOf } from './ticket.mapper';

const DUE = new Date('2027-06-30T21:00:00Z');
const at = (deltaMs: number) => new Date(DUE.getTime() + deltaMs);
const DAY = 24 * 3600 * 1000;

describe(dueStateOf.name, () => {
  const cases: [string, Date | null, Date, { overdue: boolean; dueSoon: boolean }][] = [
    ['nothing without a due date', null, at(0), { overdue: false, dueSoon: false }],
    ['nothing 1 ms more than a day before', DUE, at(-DAY - 1), { overdue: false, dueSoon: false }],
    ['due soon exactly a day before', DUE, at(-DAY), { overdue: false, dueSoon: true }],
    ['due soon 1 ms before', DUE, at(-1), { overdue: false, dueSoon: true }],
    ['overdue at the due instant', DUE, at(0), { overdue: true, dueSoon: false }],
    ['overdue long after', DUE, at(30 * DAY), { overdue: true, dueSoon: false }],
  ];

  it.each(cases)('gives %s', (_name, dueAt, now, expected) => {
    expect(dueStateOf(dueAt, now)).toEqual(expected);
  });
});
