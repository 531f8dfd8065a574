import { DownloadLinkResolver } from './downloads/download-link.resolver';
import { OrganizationResolver } from './organizations/organization.resolver';
import { TicketRequestResolver } from './tickets/ticket-request.resolver';
import { TicketResolver } from './tickets/ticket.resolver';

/** Every resolver of the API: the module provides them, the schema command prints them. */
export const API_RESOLVERS = [TicketResolver, TicketRequestResolver, OrganizationResolver, DownloadLinkResolver] as const;
