import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('TicketMessage')
export class TicketMessageType {
  @Field(() => ID) id!: string;
  @Field() authorRole!: string;
  @Field() authorId!: string;
  @Field() body!: string;
  @Field({ description: 'Internal notes are seen by agents only' }) internal!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('AuditEvent')
export class AuditEventType {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field() actorRole!: string;
  @Field() actorId!: string;
  @Field({ description: 'What changed, as JSON' }) data!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}
