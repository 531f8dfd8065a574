import autocannon = require('autocannon');

export interface LoadFigures {
  /** Successful answers per second: GraphQL errors and non-2xx answers are not counted. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  ok: number;
  /** Error answers, GraphQL errors, connection errors and time-outs. */
  failed: number;
  /** Requests sent but not yet answered when the load stopped: at most one per connection, not failures. */
  inFlightAtEnd: number;
}

export interface GraphQLLoad {
  url: string;
  connections: number;
  seconds: number;
  /** One token per connection, round-robin. */
  tokens: readonly (string | null)[];
  /** Each connection loops over these operations. */
  operations: readonly { query: string; variables: Record<string, unknown> }[];
}

/** POSTs GraphQL operations with autocannon; an answer carrying `errors` counts as a failure. */
export async function runGraphQLLoad(load: GraphQLLoad): Promise<LoadFigures> {
  let next = 0;
  const bodies = load.operations.map((op) => JSON.stringify(op));
  const result = await autocannon({
    url: `${load.url}/graphql`,
    connections: load.connections,
    duration: load.seconds,
    timeout: 30,
    setupClient: (client) => {
      const token = load.tokens.length === 0 ? null : load.tokens[next++ % load.tokens.length];
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
      client.setRequests(bodies.map((body) => ({ method: 'POST', path: '/graphql', headers, body })));
    },
    verifyBody: (body) => body.startsWith('{"data"') && !body.includes('"errors"'),
  });
  // A stalled server shows as time-outs (counted in errors) and in its rate and latency; the last
  // request of each connection, cut off when the time is up, is no failure of the server's.
  const inFlightAtEnd = Math.max(0, result.requests.sent - result.requests.total);
  const failed = result.mismatches + result.non2xx + result.errors;
  const ok = Math.max(0, result['2xx'] - result.mismatches);
  return { rps: ok / result.duration, p50Ms: result.latency.p50, p99Ms: result.latency.p99, ok, failed, inFlightAtEnd };
}
