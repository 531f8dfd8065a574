import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Decision, ReasonCode, RequestKind } from '@app/domain';
import { ExportStatus, RequestStatus } from '@app/persistence';

@ObjectType('DataExport', { description: 'The archive made for an approved export request' })
export class DataExportType {
  @Field(() => ID) id!: string;
  @Field(() => ExportStatus) status!: ExportStatus;
  @Field(() => String, { nullable: true }) phase!: string | null;
  @Field(() => Float, { nullable: true, description: '0..100 while running' }) percent!: number | null;
  @Field(() => Float, { nullable: true }) sizeBytes!: number | null;
  @Field(() => String, { nullable: true }) sha256!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) readyAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) linkExpiresAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it failed, for agents' }) error!: string | null;
}

@ObjectType('TicketRequest', { description: 'One thing a ticket asks for, with the decision on it' })
export class TicketRequestType {
  @Field(() => ID) id!: string;
  @Field(() => RequestKind) kind!: RequestKind;
  @Field(() => Decision) decision!: Decision;
  @Field(() => ReasonCode) reasonCode!: ReasonCode;
  @Field({ description: "For the customer, in the ticket's language" }) explanation!: string;
  @Field(() => RequestStatus) status!: RequestStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'For a duplicate: the request it was linked to' })
  duplicateOfId!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) accessGrantedAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}
