import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * The record that an organisation's backups and archives were purged at P for one contract
 * version: which archives went, and which were spared because a request accepted before P still
 * had a live link (or was still being made). Unique per organisation and contract version.
 */
@Entity({ tableName: 'backup_purge' })
@Unique({ name: 'backup_purge_once', properties: ['organizationId', 'contractVersion'] })
export class BackupPurge {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  organizationId: string;

  @Property({ type: 'integer' })
  contractVersion: number;

  @Property({ type: 'timestamptz' })
  purgeAt: Date;

  @Property({ type: 'json' })
  purgedExportIds: string[];

  @Property({ type: 'json' })
  sparedExportIds: string[];

  @Property({ type: 'timestamptz' })
  createdAt: Date;

  constructor(init: { organizationId: string; contractVersion: number; purgeAt: Date; purgedExportIds: string[]; sparedExportIds: string[]; at: Date }) {
    this.organizationId = init.organizationId;
    this.contractVersion = init.contractVersion;
    this.purgeAt = init.purgeAt;
    this.purgedExportIds = init.purgedExportIds;
    this.sparedExportIds = init.sparedExportIds;
    this.createdAt = init.at;
  }
}
