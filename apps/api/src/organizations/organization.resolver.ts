import { UseGuards } from '@nestjs/common';
import { Args, GraphQLISODateTime, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, GqlAuthGuard, Principal, Role, Roles } from '@app/auth';
import { backupPurgeAt, endOfService, Product } from '@app/domain';
import { HelpdeskException, OrganizationService } from '@app/helpdesk';
import { LanguageValue } from '../graphql/enums';
import { toOrganizationType } from './organization.mapper';
import { OrganizationType } from './organization.type';
import { UpsertOrganizationInput } from './upsert-organization.input';

@Resolver(() => OrganizationType)
@UseGuards(GqlAuthGuard)
export class OrganizationResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @Mutation(() => OrganizationType, { description: 'Create or update an organisation and its contract, keyed by externalId' })
  @Roles(Role.ADMIN)
  async upsertOrganization(@CurrentPrincipal() principal: Principal, @Args('input') input: UpsertOrganizationInput): Promise<OrganizationType> {
    const org = await this.organizations.upsert(
      {
        externalId: input.externalId.trim(),
        name: input.name.trim(),
        product: input.product ?? null,
        lastServiceDay: input.lastServiceDay ?? null,
        timezone: input.timezone,
        language: input.language === LanguageValue.en ? 'en' : 'ru',
        contactEmails: input.contactEmails.map((e) => e.trim().toLowerCase()),
        tenantDatabaseUrl: input.tenantDatabaseUrl,
        tenantDataDir: input.tenantDataDir,
      },
      principal.subject,
    );
    return toOrganizationType(org);
  }

  @Query(() => OrganizationType, { description: "A customer may read only its own organisation" })
  @Roles(Role.CUSTOMER, Role.AGENT, Role.ADMIN)
  async organization(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<OrganizationType> {
    const allowed = principal.role !== Role.CUSTOMER || principal.organizationId === id;
    const org = allowed && /^[0-9a-f-]{36}$/i.test(id) ? await this.organizations.find(id) : null;
    if (!org) throw HelpdeskException.notFound('Organization');
    return toOrganizationType(org);
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: 'Start of the day after the last service day, in the organisation timezone' })
  endOfService(@Parent() org: OrganizationType): Date | null {
    return org.contract ? endOfService(org.contract) : null;
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: 'When all backups of a cloud organisation are deleted' })
  backupPurgeAt(@Parent() org: OrganizationType): Date | null {
    return org.contract?.product === Product.CLOUD ? backupPurgeAt(org.contract) : null;
  }
}
