import { ApolloServerPlugin } from '@apollo/server';
import { ASTNode, DocumentNode, GraphQLError, GraphQLSchema, Kind, visit } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  maxAliases: number;
}

/**
 * Refuses operations too deep, too costly or with too many aliases before any resolver runs, so
 * one request cannot make the server do unbounded work. Lists count as their page size.
 */
export function queryLimitsPlugin(limits: QueryLimits, schemaOf: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const shape = shapeOf(document);
          if (shape.depth > limits.maxDepth) throw tooComplex(`The query is ${shape.depth} levels deep; the limit is ${limits.maxDepth}`);
          if (shape.aliases > limits.maxAliases) throw tooComplex(`The query uses ${shape.aliases} aliases; the limit is ${limits.maxAliases}`);
          const operationName = request.operationName ?? undefined;
          const variables = request.variables ?? {};
          const key = costKey(shape, operationName, variables);
          let complexity = shape.cost.get(key);
          if (complexity === undefined) {
            complexity = costOf(schemaOf(), document, operationName, variables);
            if (shape.cost.size >= COSTS_PER_DOCUMENT) shape.cost.clear();
            shape.cost.set(key, complexity);
          }
          if (complexity > limits.maxComplexity) {
            throw tooComplex(`The query costs ${complexity}; the limit is ${limits.maxComplexity}`);
          }
        },
      };
    },
  };
}

interface DocumentShape {
  depth: number;
  aliases: number;
  /** The variables the cost reads: a page size, or a variable of an @include/@skip. */
  costInputs: CostInput[];
  /** By operation name and the values of the cost's inputs. */
  cost: Map<string, number>;
}

/** A variable the cost depends on, and where in its value: `$page` counts by its `first`. */
interface CostInput {
  variable: string;
  path: readonly string[];
}

/** Distinct page sizes and @include/@skip values remembered per document; more start the memo afresh. */
const COSTS_PER_DOCUMENT = 256;

/**
 * Apollo keeps one parsed document per distinct query text, so what depends on the document alone
 * is worked out once: a client sending the same mutation again pays for none of it, and a list
 * read page after page pays once per page size, not once per cursor.
 */
const shapes = new WeakMap<DocumentNode, DocumentShape>();

function shapeOf(document: DocumentNode): DocumentShape {
  let shape = shapes.get(document);
  if (!shape) {
    shape = { depth: maxDepth(document), aliases: aliasCount(document), costInputs: costInputsOf(document), cost: new Map() };
    shapes.set(document, shape);
  }
  return shape;
}

/**
 * The operation and the part of each input the cost reads. An absent variable takes its
 * definition's default and an absent `first` the input's, where null takes none, so absent,
 * null and given are all told apart.
 */
function costKey(shape: DocumentShape, operationName: string | undefined, variables: Record<string, unknown>): string {
  const inputs = shape.costInputs.map(({ variable, path }) => (Object.hasOwn(variables, variable) ? [variable, projection(variables[variable], path)] : [variable]));
  return JSON.stringify([operationName ?? null, inputs]);
}

/** `{ first: … }` of a page object (`{}` without one); the value itself where there is no path or no object. */
function projection(value: unknown, path: readonly string[]): unknown {
  const [field, ...rest] = path;
  if (field === undefined || !isRecord(value)) return value;
  return Object.hasOwn(value, field) ? { [field]: projection(value[field], rest) } : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function costInputsOf(document: DocumentNode): CostInput[] {
  const inputs: CostInput[] = [];
  const everyVariable = (node: ASTNode, path: readonly string[]) =>
    visit(node, { [Kind.VARIABLE]: (variable) => void inputs.push({ variable: variable.name.value, path }) });
  visit(document, {
    [Kind.ARGUMENT]: (node) => {
      if (node.name.value !== 'page') return false;
      if (node.value.kind === Kind.VARIABLE) inputs.push({ variable: node.value.name.value, path: ['first'] });
      if (node.value.kind === Kind.OBJECT) {
        const first = node.value.fields.find((field) => field.name.value === 'first');
        if (first) everyVariable(first.value, []);
      }
      return false;
    },
    [Kind.DIRECTIVE]: (node) => {
      everyVariable(node, []);
      return false;
    },
  });
  return inputs;
}

function costOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [fieldExtensionsEstimator(), pagedListEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // getComplexity coerces the variables first and throws on bad ones: that is the client's
    // mistake, so it is answered as bad input (400), not as a failure of the server (500).
    if (error instanceof GraphQLError) {
      throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    throw error;
  }
}

/** A paged list costs its page size times what one item costs. */
function pagedListEstimator() {
  return (options: { args: Record<string, unknown>; childComplexity: number }): number | void => {
    const page = options.args.page as { first?: number } | undefined;
    if (page && typeof page.first === 'number') return 1 + page.first * Math.max(1, options.childComplexity);
  };
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

function maxDepth(document: DocumentNode): number {
  let depth = 0;
  let deepest = 0;
  visit(document, {
    SelectionSet: {
      enter: () => {
        depth += 1;
        deepest = Math.max(deepest, depth);
      },
      leave: () => {
        depth -= 1;
      },
    },
  });
  return deepest;
}

function aliasCount(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    [Kind.FIELD]: (node) => {
      if (node.alias) count += 1;
    },
  });
  return count;
}
