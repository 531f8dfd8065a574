import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Product } from '@app/domain';
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
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start of the day after the last service day, in the organisation timezone' })
  endOfService!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When all backups of a cloud organisation are deleted' })
  backupPurgeAt!: Date | null;
}
