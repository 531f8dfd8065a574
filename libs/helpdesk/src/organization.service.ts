import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, Language, Product } from '@app/domain';
import { ActorRole, AuditEvent, Organization } from '@app/persistence';
import { CLOCK } from './helpdesk.tokens';

export interface OrganizationUpsert {
  externalId: string;
  name: string;
  product: Product | null;
  lastServiceDay: string | null;
  timezone: string;
  language: Language;
  contactEmails: string[];
  tenantDatabaseUrl?: string | null;
  tenantDataDir?: string | null;
}

/** Organisations and their contracts, normally kept in step with billing by an admin integration. */
@Injectable()
export class OrganizationService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async upsert(input: OrganizationUpsert, actorId: string): Promise<Organization> {
    const id = await this.em.transactional(async (em) => {
      const now = this.clock.now();
      let org = await em.findOne(Organization, { externalId: input.externalId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const before = org ? { product: org.product, lastServiceDay: org.lastServiceDay, timezone: org.timezone } : null;
      if (!org) {
        org = new Organization(input);
        org.createdAt = now;
        em.persist(org);
      } else {
        Object.assign(org, {
          name: input.name,
          product: input.product,
          lastServiceDay: input.lastServiceDay,
          timezone: input.timezone,
          language: input.language,
          contactEmails: input.contactEmails,
        });
      }
      // Tenant locations are write-only: an omitted field keeps what is on record.
      if (input.tenantDatabaseUrl !== undefined) org.tenantDatabaseUrl = input.tenantDatabaseUrl;
      if (input.tenantDataDir !== undefined) org.tenantDataDir = input.tenantDataDir;
      const contractChanged =
        before !== null &&
        (before.product !== org.product || before.lastServiceDay !== org.lastServiceDay || before.timezone !== org.timezone);
      if (contractChanged) org.contractVersion += 1;
      em.persist(
        new AuditEvent({
          ticketId: null,
          organizationId: org.id,
          actorRole: ActorRole.ADMIN,
          actorId,
          action: before ? 'ORGANIZATION_UPDATED' : 'ORGANIZATION_CREATED',
          data: { before, after: { product: org.product, lastServiceDay: org.lastServiceDay, timezone: org.timezone }, contractVersion: org.contractVersion },
          at: now,
        }),
      );
      return org.id;
    });
    return this.em.findOneOrFail(Organization, id);
  }

  find(id: string): Promise<Organization | null> {
    return this.em.findOne(Organization, id);
  }
}
