import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { DataExport } from './data-export.entity';

/** One answered download of an export archive (full or a Range). */
@Entity({ tableName: 'download' })
export class Download {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => DataExport)
  export: DataExport;

  @Property({ type: 'integer' })
  httpStatus: number;

  @Property({ type: 'text', nullable: true })
  range: string | null;

  @Property({ type: 'bigint' })
  bytesSent: string;

  @Property({ type: 'text', nullable: true })
  ip: string | null;

  @Property({ type: 'text', nullable: true })
  userAgent: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(init: { export: DataExport; httpStatus: number; range: string | null; bytesSent: number; ip: string | null; userAgent: string | null }) {
    this.export = init.export;
    this.httpStatus = init.httpStatus;
    this.range = init.range;
    this.bytesSent = String(init.bytesSent);
    this.ip = init.ip;
    this.userAgent = init.userAgent;
  }
}
