import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Language, Product } from '@app/domain';

@Entity({ tableName: 'organization' })
export class Organization {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The organisation's id in billing, the key of `upsertOrganization`. */
  @Property({ type: 'text', unique: true })
  externalId: string;

  @Property({ type: 'text' })
  name: string;

  /** Null, with `lastServiceDay`, for an organisation without a contract on record. */
  @Enum({ items: () => Product, type: 'text', nullable: true })
  product: Product | null;

  /** D: the last calendar day of service (cloud) or warranty support (server), YYYY-MM-DD. */
  @Property({ type: 'date', nullable: true })
  lastServiceDay: string | null;

  @Property({ type: 'text' })
  timezone: string;

  @Property({ type: 'text' })
  language: Language;

  @Property({ columnType: 'text[]', type: 'string[]' })
  contactEmails: string[];

  /** Write-only: read by the export worker, never returned by the API. */
  @Property({ type: 'text', nullable: true, lazy: true })
  tenantDatabaseUrl: string | null = null;

  @Property({ type: 'text', nullable: true, lazy: true })
  tenantDataDir: string | null = null;

  /** Bumped whenever the contract's dates change, so schedules made for old dates can tell. */
  @Property({ type: 'integer' })
  contractVersion: number = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(init: {
    externalId: string;
    name: string;
    product: Product | null;
    lastServiceDay: string | null;
    timezone: string;
    language: Language;
    contactEmails: string[];
  }) {
    this.externalId = init.externalId;
    this.name = init.name;
    this.product = init.product;
    this.lastServiceDay = init.lastServiceDay;
    this.timezone = init.timezone;
    this.language = init.language;
    this.contactEmails = init.contactEmails;
  }
}
