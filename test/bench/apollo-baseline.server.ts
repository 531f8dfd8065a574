import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The intake baseline: a bare Apollo Server answering a mutation shaped like `createTicket` with
 * a constant, started as its own process by the benchmark. Prints "listening <url>".
 */
const typeDefs = `#graphql
  input CreateTicketInput { subject: String!, body: String! }
  type Request { kind: String!, decision: String!, reasonCode: String! }
  type Ticket { id: ID!, number: Int!, status: String!, requests: [Request!]! }
  type Query { ok: Boolean! }
  type Mutation { createTicket(input: CreateTicketInput!): Ticket! }
`;

let number = 1000;
const resolvers = {
  Query: { ok: () => true },
  Mutation: {
    createTicket: () => ({ id: '00000000-0000-4000-8000-000000000000', number: (number += 1), status: 'OPEN', requests: [] }),
  },
};

async function main(): Promise<void> {
  const server = new ApolloServer({ typeDefs, resolvers });
  const port = Number(process.env.PORT ?? 0);
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  process.stdout.write(`listening ${url}\n`);
  const stop = (): void => void server.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
