import { UseGuards } from '@nestjs/common';
import { Args, Field, GraphQLISODateTime, ID, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, GqlAuthGuard, Principal, Role, Roles } from '@app/auth';
import { DownloadLinkService } from '@app/helpdesk';
import { ActorRole } from '@app/persistence';

@ObjectType('DownloadLink')
export class DownloadLinkType {
  @Field() url!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver()
@UseGuards(GqlAuthGuard)
export class DownloadLinkResolver {
  constructor(private readonly links: DownloadLinkService) {}

  @Mutation(() => DownloadLinkType, { description: 'A fresh download link for a ready export (a new lifetime from now)' })
  @Roles(Role.CUSTOMER, Role.AGENT, Role.ADMIN)
  async renewDownloadLink(@CurrentPrincipal() principal: Principal, @Args('exportId', { type: () => ID }) exportId: string): Promise<DownloadLinkType> {
    const org = principal.role === Role.CUSTOMER ? principal.organizationId : null;
    const actor = { role: principal.role === Role.CUSTOMER ? ActorRole.CUSTOMER : principal.role === Role.AGENT ? ActorRole.AGENT : ActorRole.ADMIN, id: principal.subject };
    const dataExport = await this.links.renew(UUID.test(exportId) ? exportId : '00000000-0000-0000-0000-000000000000', org, actor);
    return { url: this.links.urlFor(dataExport), expiresAt: dataExport.linkExpiresAt as Date };
  }

  @Mutation(() => Boolean, { description: 'Revoke every link of an export issued so far' })
  @Roles(Role.AGENT, Role.ADMIN)
  async revokeDownloadLinks(@CurrentPrincipal() principal: Principal, @Args('exportId', { type: () => ID }) exportId: string): Promise<boolean> {
    const actor = { role: principal.role === Role.AGENT ? ActorRole.AGENT : ActorRole.ADMIN, id: principal.subject };
    await this.links.revoke(UUID.test(exportId) ? exportId : '00000000-0000-0000-0000-000000000000', actor);
    return true;
  }
}
