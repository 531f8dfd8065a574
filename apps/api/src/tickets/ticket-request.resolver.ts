import { ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext, isStaff } from '../graphql/request-context';
import { TicketLoaderFactory } from './ticket.loaders';
import { toExportType } from './ticket.mapper';
import { DataExportType, TicketRequestType } from './ticket-request.type';

@Resolver(() => TicketRequestType)
export class TicketRequestResolver {
  constructor(private readonly loaders: TicketLoaderFactory) {}

  // graphql-js's own arguments, no parameter decorators: bound as a plain resolver, as in TicketResolver.
  @ResolveField(() => DataExportType, { nullable: true, description: 'The export of an approved BACKUP_EXPORT, with its progress' })
  async export(request: TicketRequestType, _args: unknown, ctx: GqlContext): Promise<DataExportType | null> {
    const found = await this.loaders.for(ctx.req).exportByRequest.load(request.id);
    if (!found) return null;
    const dataExport = toExportType(found);
    // The failure reason quotes the dump tools (hosts, database names): agents only.
    return isStaff(ctx.req.principal) ? dataExport : { ...dataExport, error: null };
  }
}
