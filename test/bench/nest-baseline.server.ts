import 'reflect-metadata';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Field, GraphQLModule, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { NestExpressApplication } from '@nestjs/platform-express';
import { IsNotEmpty, MaxLength } from 'class-validator';

/**
 * The framework floor of intake: the API's own stack (Nest on Express, the Apollo driver, a
 * code-first schema, the global ValidationPipe on a class-validated input) answering
 * `createTicket` with a constant. Between the bare Apollo baseline and the real API, it shows how
 * much of the gap is the framework and how much the work. Prints "listening <url>".
 */
@InputType()
class CreateTicketInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  subject!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(20_000)
  body!: string;
}

@ObjectType()
class TicketRequest {
  @Field() kind!: string;
  @Field() decision!: string;
  @Field() reasonCode!: string;
}

@ObjectType()
class Ticket {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() status!: string;
  @Field(() => [TicketRequest]) requests!: TicketRequest[];
}

@Resolver(() => Ticket)
class TicketResolver {
  private number = 1000;

  @Query(() => Boolean)
  ok(): boolean {
    return true;
  }

  @Mutation(() => Ticket)
  createTicket(@Args('input') _input: CreateTicketInput): Ticket {
    return { id: '00000000-0000-4000-8000-000000000000', number: (this.number += 1), status: 'OPEN', requests: [] };
  }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, playground: false })],
  providers: [TicketResolver],
})
class NestBaselineModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(NestBaselineModule, { logger: false });
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true, forbidNonWhitelisted: true }));
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  process.stdout.write(`listening ${await app.getUrl()}/graphql\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
