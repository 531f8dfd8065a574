import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Contract, Product } from '@app/domain';
import { LanguageValue } from '../graphql/enums';

@ObjectType('Organization', { description: 'A customer organisation and its contract. Tenant locations are write-only.' })
export class OrganizationType {
  @Field(() => ID) id!: string;
  @Field() externalId!: string;
  @Field() name!: string;
  @Field(() => Product, { nullable: true, description: 'Null when no contract is on record' }) product!: Product | null;
  @Field(() => String, { nullable: true, description: 'Last day of service or warranty support, YYYY-MM-DD' })
  lastServiceDay!: string | null;
  @Field() timezone!: string;
  @Field(() => LanguageValue) language!: LanguageValue;
  @Field(() => [String]) contactEmails!: string[];
  /**
   * Not a field: endOfService and backupPurgeAt are computed from it by their resolvers only when
   * asked for, since a queue page would otherwise work out time zones for every row.
   */
  contract!: Contract | null;
}
