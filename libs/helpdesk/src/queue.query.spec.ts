import { QueueOrder, queueQuery } from './queue.query';
import { TicketOnDemandField } from './ticket-list.rows';

/** The ticket columns a page's SQL reads, whatever alias it gives them. */
function ticketColumnsRead(fields?: ReadonlySet<TicketOnDemandField>): string[] {
  const { sql } = queueQuery({}, QueueOrder.NEWEST, null, 51, { requests: true, organization: true, fields });
  return [...sql.matchAll(/\bt\.(\w+)/g)].map((m) => m[1]);
}

describe(queueQuery.name, () => {
  const cases: [string, TicketOnDemandField[], string[], string[]][] = [
    ['neither body nor classification when the page shows neither', [], [], ['body', 'classification']],
    ['the body alone when the page shows the body alone', ['body'], ['body'], ['classification']],
    ['the classification alone when the page shows it alone', ['classification'], ['classification'], ['body']],
    ['both when the page shows both', ['body', 'classification'], ['body', 'classification'], []],
  ];

  it.each(cases)('reads %s', (_name, wanted, read, unread) => {
    const columns = ticketColumnsRead(new Set(wanted));

    for (const column of read) expect(columns).toContain(column);
    for (const column of unread) expect(columns).not.toContain(column);
  });

  it('reads no on-demand column when the caller names none', () => {
    const columns = ticketColumnsRead();

    expect(columns).not.toContain('body');
    expect(columns).not.toContain('classification');
  });

  it('always reads what every row shows and the keyset needs', () => {
    expect(ticketColumnsRead()).toEqual(expect.arrayContaining(['id', 'number', 'subject', 'status', 'assignee', 'due_at', 'created_at', 'updated_at']));
  });
});
