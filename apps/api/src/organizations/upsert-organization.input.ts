import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsEnum,
  IsOptional,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { Product } from '@app/domain';
import { LanguageValue } from '../graphql/enums';
import { IsCalendarDate, IsNotBlank, IsTimeZone } from '../graphql/validators';

@InputType()
export class UpsertOrganizationInput {
  @Field({ description: 'The organisation id in billing' })
  @IsNotBlank()
  @MaxLength(100)
  externalId!: string;

  @Field()
  @IsNotBlank()
  @MaxLength(300)
  name!: string;

  @Field(() => Product, { nullable: true, description: 'Omit together with lastServiceDay when no contract is on record' })
  @ValidateIf((o: UpsertOrganizationInput) => o.product != null || o.lastServiceDay != null)
  @IsEnum(Product, { message: 'product is required with lastServiceDay' })
  product?: Product | null;

  @Field(() => String, { nullable: true, description: 'Last day of service or warranty support, YYYY-MM-DD' })
  @ValidateIf((o: UpsertOrganizationInput) => o.product != null || o.lastServiceDay != null)
  @IsCalendarDate()
  lastServiceDay?: string | null;

  @Field({ defaultValue: 'Europe/Moscow' })
  @IsTimeZone()
  timezone!: string;

  @Field(() => LanguageValue, { defaultValue: LanguageValue.ru })
  @IsEnum(LanguageValue)
  language!: LanguageValue;

  @Field(() => [String])
  @ArrayMinSize(1, { message: 'contactEmails must hold at least one address' })
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true, message: 'each of contactEmails must be an e-mail address' })
  @MaxLength(254, { each: true })
  contactEmails!: string[];

  @Field(() => String, { nullable: true, description: 'Write-only: the tenant database for exports (postgres:// or mysql://)' })
  @IsOptional()
  @MaxLength(2000)
  @Matches(/^(postgres|postgresql|mysql|mariadb):\/\/\S+$/, { message: 'tenantDatabaseUrl must be a postgres:// or mysql:// URL' })
  tenantDatabaseUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Write-only: the tenant data directory (moodledata)' })
  @IsOptional()
  @MaxLength(1000)
  @Matches(/^\/(?!.*(^|\/)\.\.(\/|$))/, { message: 'tenantDataDir must be an absolute path without ..' })
  tenantDataDir?: string | null;
}
