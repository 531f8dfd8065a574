import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { RequestKind } from '@app/domain';
import { TicketStatus } from '@app/persistence';
import { LanguageValue } from '../graphql/enums';

@ObjectType('ClassificationEvidence', { description: 'Which words led to which label' })
export class EvidenceType {
  @Field(() => RequestKind) label!: RequestKind;
  @Field() phrase!: string;
  @Field() rule!: string;
  @Field({ description: 'supports, negated, quoted or near-miss' }) effect!: string;
}

@ObjectType('Classification', { description: 'What the classifier read in the ticket; shown to agents' })
export class ClassificationType {
  @Field(() => [RequestKind]) labels!: RequestKind[];
  @Field(() => Float) confidence!: number;
  @Field() needsReview!: boolean;
  @Field(() => [EvidenceType]) evidence!: EvidenceType[];
  @Field() version!: string;
}

@ObjectType('Ticket')
export class TicketType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Human-facing ticket number' }) number!: number;
  @Field() subject!: string;
  /** Absent only from a page that does not show it. */
  @Field(() => String) body?: string;
  @Field(() => TicketStatus) status!: TicketStatus;
  @Field(() => LanguageValue) language!: LanguageValue;
  @Field(() => String, { nullable: true }) assignee!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The earliest due date of its open requests' })
  dueAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  /** Not GraphQL fields: what the field resolvers need, loaded with the ticket. */
  organizationId!: string;
  /** Absent only from a page that does not show it. */
  classification?: ClassificationType;
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType('TicketPage')
export class TicketPageType {
  @Field(() => [TicketType]) nodes!: TicketType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}
