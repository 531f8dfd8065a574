import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { OrganizationView, TicketQueryService, TicketRequestView } from '@app/helpdesk';
import { DataExport } from '@app/persistence';

export interface TicketLoaders {
  requestsByTicket: DataLoader<string, TicketRequestView[]>;
  exportByRequest: DataLoader<string, DataExport | null>;
  organization: DataLoader<string, OrganizationView | null>;
  /**
   * Relations already at hand, read with a page or just written by intake, by ticket and by
   * organisation id. A loader answers even a primed key with a promise, and a row with a pending
   * field costs graphql-js a promise of its own: a page's 50 rows resolve without any from here.
   */
  atHand: { requests: Map<string, TicketRequestView[]>; organizations: Map<string, OrganizationView> };
}

const perRequest = new WeakMap<object, TicketLoaders>();

/** Batches the relations of a list into one query each, per HTTP request. */
@Injectable()
export class TicketLoaderFactory {
  constructor(
    private readonly em: EntityManager,
    private readonly tickets: TicketQueryService,
  ) {}

  for(request: object): TicketLoaders {
    let loaders = perRequest.get(request);
    if (!loaders) {
      loaders = this.create();
      perRequest.set(request, loaders);
    }
    return loaders;
  }

  // Rows are grouped in one pass: matching each key by scanning every row was quadratic in the page size.
  private create(): TicketLoaders {
    return {
      requestsByTicket: new DataLoader(async (ids) => {
        const byTicket = groupBy(await this.tickets.requestsOf(ids), (r) => r.ticketId);
        return ids.map((id) => byTicket.get(id) ?? []);
      }),
      exportByRequest: new DataLoader(async (ids) => {
        const rows = await this.em.find(DataExport, { request: { $in: [...ids] } });
        const byRequest = new Map(rows.map((e) => [e.request.id, e]));
        return ids.map((id) => byRequest.get(id) ?? null);
      }),
      organization: new DataLoader(async (ids) => {
        const byId = new Map((await this.tickets.organizationsOf(ids)).map((o) => [o.id, o]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      atHand: { requests: new Map(), organizations: new Map() },
    };
  }
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
