import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Language, RequestKind } from '@app/domain';

/** An agent's correction of the classifier, kept to improve it from real use. */
@Entity({ tableName: 'labelled_example' })
export class LabelledExample {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  ticketId: string;

  @Property({ type: 'text' })
  text: string;

  @Property({ type: 'text' })
  language: Language;

  @Property({ columnType: 'text[]', type: 'string[]' })
  labels: RequestKind[];

  @Property({ columnType: 'text[]', type: 'string[]' })
  predictedLabels: RequestKind[];

  @Property({ type: 'text' })
  labelledBy: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(init: { ticketId: string; text: string; language: Language; labels: RequestKind[]; predictedLabels: RequestKind[]; labelledBy: string }) {
    this.ticketId = init.ticketId;
    this.text = init.text;
    this.language = init.language;
    this.labels = init.labels;
    this.predictedLabels = init.predictedLabels;
    this.labelledBy = init.labelledBy;
  }
}
