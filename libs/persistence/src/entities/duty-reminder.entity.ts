import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A reminder sent (or claimed) for one organisation, milestone and contract version. The unique
 * key is what makes a reminder go out once, however many workers run the duty for that instant;
 * a new contract version (the dates changed) starts a fresh set of milestones.
 */
@Entity({ tableName: 'duty_reminder' })
@Unique({ name: 'duty_reminder_once', properties: ['organizationId', 'milestone', 'contractVersion'] })
export class DutyReminder {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  organizationId: string;

  /** One of the retention lib's ReminderMilestone values. */
  @Property({ type: 'text' })
  milestone: string;

  @Property({ type: 'integer' })
  contractVersion: number;

  /** The instant the reminder warns of: end of service E, or backup purge P. */
  @Property({ type: 'timestamptz' })
  deadline: Date;

  @Property({ type: 'uuid', nullable: true })
  notificationId: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date;

  constructor(init: { organizationId: string; milestone: string; contractVersion: number; deadline: Date; notificationId: string | null; at: Date }) {
    this.organizationId = init.organizationId;
    this.milestone = init.milestone;
    this.contractVersion = init.contractVersion;
    this.deadline = init.deadline;
    this.notificationId = init.notificationId;
    this.createdAt = init.at;
  }
}
