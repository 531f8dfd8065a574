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

  private create(): TicketLoaders {
    return {
      requestsByTicket: new DataLoader(async (ids) => {
        const rows = await this.em.find(TicketRequest, { ticket: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', kind: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.ticket.id === id));
      }),
      exportByRequest: new DataLoader(async (ids) => {
        const rows = await this.em.find(DataExport, { request: { $in: [...ids] } });
        return ids.map((id) => rows.find((e) => e.request.id === id) ?? null);
      }),
      organization: new DataLoader(async (ids) => {
        const rows = await this.em.find(Organization, { id: { $in: [...ids] } });
        return ids.map((id) => rows.find((o) => o.id === id) ?? null);
      }),
    };
  }
}
