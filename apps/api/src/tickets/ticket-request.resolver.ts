import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext } from '../graphql/request-context';
import { TicketLoaderFactory } from './ticket.loaders';
import { toExportType } from './ticket.mapper';
import { DataExportType, TicketRequestType } from './ticket-request.type';

@Resolver(() => TicketRequestType)
export class TicketRequestResolver {
  constructor(private readonly loaders: TicketLoaderFactory) {}

  @ResolveField(() => DataExportType, { nullable: true, description: 'The export of an approved BACKUP_EXPORT, with its progress' })
  async export(@Parent() request: TicketRequestType, @Context() ctx: GqlContext): Promise<DataExportType | null> {
    const found = await this.loaders.for(ctx.req).exportByRequest.load(request.id);
    return found ? toExportType(found) : null;
  }
}
