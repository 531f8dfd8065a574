import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Decision, RequestKind } from '@app/domain';
import { QueueOrder } from '@app/helpdesk';
import { TicketStatus } from '@app/persistence';
import { IsNotBlank } from '../graphql/validators';

export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;
export const COMMENT_MAX = 5_000;
export const PAGE_MAX = 100;

@InputType()
export class CreateTicketInput {
  @Field()
  @IsNotBlank()
  @MaxLength(SUBJECT_MAX, { message: `subject must be at most ${SUBJECT_MAX} characters` })
  subject!: string;

  @Field()
  @IsNotBlank()
  @MaxLength(BODY_MAX, { message: `body must be at most ${BODY_MAX} characters` })
  body!: string;
}

@InputType()
export class QueueFilterInput {
  @Field(() => [TicketStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(TicketStatus, { each: true })
  status?: TicketStatus[];

  @Field(() => [RequestKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(RequestKind, { each: true })
  kind?: RequestKind[];

  @Field(() => [Decision], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(Decision, { each: true })
  decision?: Decision[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  assignee?: string;

  @Field({ nullable: true, description: 'Only tickets nobody is assigned to' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean;

  // The scalar turns text it cannot read into an Invalid Date rather than refusing it.
  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'dueBefore must be an ISO 8601 date-time' })
  dueBefore?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'dueAfter must be an ISO 8601 date-time' })
  dueAfter?: Date;
}

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(PAGE_MAX)
  first!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  after?: string | null;
}

@InputType()
export class ReplyInput {
  @Field(() => ID)
  @IsUUID()
  ticketId!: string;

  @Field()
  @IsNotBlank()
  @MaxLength(BODY_MAX)
  body!: string;

  @Field({ defaultValue: false, description: 'An internal note, for agents only' })
  @IsBoolean()
  internal!: boolean;
}

@InputType()
export class OverrideDecisionInput {
  @Field(() => ID)
  @IsUUID()
  requestId!: string;

  @Field(() => Decision)
  @IsEnum(Decision)
  decision!: Decision;

  @Field({ description: "Shown to the customer as the decision's explanation" })
  @IsNotBlank()
  @MaxLength(COMMENT_MAX)
  comment!: string;
}

@InputType()
export class ReclassifyInput {
  @Field(() => ID)
  @IsUUID()
  ticketId!: string;

  @Field(() => [RequestKind])
  @ArrayMaxSize(3)
  @IsEnum(RequestKind, { each: true })
  labels!: RequestKind[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(COMMENT_MAX)
  comment?: string | null;
}
