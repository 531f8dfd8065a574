import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Organization } from './organization.entity';
import { TicketRequest } from './ticket-request.entity';
import { ExportStatus } from './workflow-status';

export interface StoredExportProgress {
  phase: string;
  percent: number | null;
  bytesWritten: number;
  filesDone: number;
  filesTotal: number | null;
  updatedAt: string;
}

/** The archive made for one approved BACKUP_EXPORT request, and its download link. */
@Entity({ tableName: 'data_export' })
export class DataExport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => TicketRequest, { owner: true, unique: true })
  request: TicketRequest;

  @ManyToOne(() => Organization)
  organization: Organization;

  @Enum({ items: () => ExportStatus, type: 'text' })
  status: ExportStatus = ExportStatus.QUEUED;

  /** Approved after the end of service: made from the retained backup. */
  @Property({ type: 'boolean' })
  fromBackup: boolean;

  @Property({ type: 'json', nullable: true })
  progress: StoredExportProgress | null = null;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'text', nullable: true })
  archiveKey: string | null = null;

  @Property({ type: 'bigint', nullable: true })
  sizeBytes: string | null = null;

  @Property({ type: 'text', nullable: true })
  sha256: string | null = null;

  /** Bumped to revoke every link signed before. */
  @Property({ type: 'integer' })
  linkVersion: number = 1;

  @Property({ type: 'timestamptz', nullable: true })
  linkExpiresAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  readyAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(request: TicketRequest, fromBackup: boolean) {
    this.request = request;
    this.organization = request.organization;
    this.fromBackup = fromBackup;
  }
}
