import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataExport, Organization, TicketRequest } from '@app/persistence';

export interface TicketLoaders {
  requestsByTicket: DataLoader<string, TicketRequest[]>;
  exportByRequest: DataLoader<string, DataExport | null>;
  organization: DataLoader<string, Organization | null>;
}

const perRequest = new WeakMap<object, TicketLoaders>();

/** Batches the relations of a list into one query each, per HTTP request. */
@Injectable()
export class TicketLoaderFactory {
  constructor(private readonly em: EntityManager) {}

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
        const rows = await this.em.find(TicketRequest, { ticket: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', kind: 'asc' } });
        const byTicket = groupBy(rows, (r) => r.ticket.id);
        return ids.map((id) => byTicket.get(id) ?? []);
      }),
      exportByRequest: new DataLoader(async (ids) => {
        const rows = await this.em.find(DataExport, { request: { $in: [...ids] } });
        const byRequest = new Map(rows.map((e) => [e.request.id, e]));
        return ids.map((id) => byRequest.get(id) ?? null);
      }),
      organization: new DataLoader(async (ids) => {
        const rows = await this.em.find(Organization, { id: { $in: [...ids] } });
        const byId = new Map(rows.map((o) => [o.id, o]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
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
