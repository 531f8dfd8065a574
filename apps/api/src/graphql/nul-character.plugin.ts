import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';

const NUL = '\u0000';

/**
 * Refuses text holding the NUL character anywhere in an operation's strings or variables.
 * PostgreSQL cannot store it in a text column, so it would otherwise fail deep in a transaction
 * as a server error; one check here covers every argument of every operation.
 */
export function nulCharacterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (hasNulLiteral(document) || holdsNul(request.variables)) {
            throw new GraphQLError('Text must not contain the NUL character (\\u0000)', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** Apollo keeps one parsed document per distinct query text: its literals are checked once. */
const literalChecks = new WeakMap<DocumentNode, boolean>();

function hasNulLiteral(document: DocumentNode): boolean {
  let found = literalChecks.get(document);
  if (found === undefined) {
    found = literalHoldsNul(document);
    literalChecks.set(document, found);
  }
  return found;
}

function literalHoldsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

function holdsNul(value: unknown, depth = 0): boolean {
  // Variables come from JSON.parse of a body capped at 1 MB, so the walk is bounded; the depth
  // guard only stops a pathological nesting from recursing without end.
  if (depth > 64) return false;
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some((item) => holdsNul(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => key.includes(NUL) || holdsNul(item, depth + 1));
  }
  return false;
}
