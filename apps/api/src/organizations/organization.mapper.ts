import { contractOf, OrganizationView } from '@app/helpdesk';
import { LanguageValue } from '../graphql/enums';
import { OrganizationType } from './organization.type';

export function toOrganizationType(org: OrganizationView): OrganizationType {
  return {
    id: org.id,
    externalId: org.externalId,
    name: org.name,
    product: org.product,
    lastServiceDay: org.lastServiceDay,
    timezone: org.timezone,
    language: org.language as LanguageValue,
    contactEmails: org.contactEmails,
    contract: contractOf(org),
  };
}
