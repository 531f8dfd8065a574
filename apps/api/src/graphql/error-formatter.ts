import { BadRequestException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AuthErrorCode, AuthException } from '@app/auth';
import { DomainException } from '@app/domain';
import { HelpdeskErrorCode, HelpdeskException } from '@app/helpdesk';
import { InvalidArgumentError } from '../tickets/ticket.resolver';

const logger = new Logger('GraphQL');

/** Codes clients can rely on, in `extensions.code`. */
export enum ApiErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  ORGANIZATION_NOT_REGISTERED = 'ORGANIZATION_NOT_REGISTERED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

// Errors Apollo and graphql-js raise themselves are already safe to show and carry their own code.
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
]);

/** One place maps every error to what a client may see: a code and a message, never a stack or a secret. */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  const mapped = mapError(original);
  if (mapped) return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: { code: mapped.code } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code) && !(original instanceof Error && original.constructor !== Error && !isGraphQLError(original))) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error(`Unexpected error at ${formatted.path?.join('.') ?? '(operation)'}`, original instanceof Error ? original.stack : String(original));
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR } };
}

function mapError(error: unknown): { code: ApiErrorCode; message: string } | null {
  if (error instanceof HelpdeskException) {
    switch (error.code) {
      case HelpdeskErrorCode.NOT_FOUND:
        return { code: ApiErrorCode.NOT_FOUND, message: error.message };
      case HelpdeskErrorCode.INVALID_INPUT:
        return { code: ApiErrorCode.BAD_USER_INPUT, message: error.message };
      case HelpdeskErrorCode.CONFLICT:
        return { code: ApiErrorCode.CONFLICT, message: error.message };
      case HelpdeskErrorCode.ORGANIZATION_NOT_REGISTERED:
        return { code: ApiErrorCode.ORGANIZATION_NOT_REGISTERED, message: error.message };
      default:
        return assertNever(error.code);
    }
  }
  if (error instanceof AuthException) {
    switch (error.code) {
      case AuthErrorCode.UNAUTHENTICATED:
        return { code: ApiErrorCode.UNAUTHENTICATED, message: error.message };
      case AuthErrorCode.FORBIDDEN:
        return { code: ApiErrorCode.FORBIDDEN, message: error.message };
      default:
        return assertNever(error.code);
    }
  }
  if (error instanceof DomainException || error instanceof InvalidArgumentError) {
    return { code: ApiErrorCode.BAD_USER_INPUT, message: error.message };
  }
  if (error instanceof BadRequestException) {
    const response = error.getResponse();
    const messages = typeof response === 'object' && response !== null && 'message' in response ? (response as { message: unknown }).message : error.message;
    return { code: ApiErrorCode.BAD_USER_INPUT, message: Array.isArray(messages) ? messages.join('; ') : String(messages) };
  }
  return null;
}

function originalOf(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current && typeof current === 'object' && 'originalError' in current; i++) {
    const next = (current as { originalError?: unknown }).originalError;
    if (!next) break;
    current = next;
  }
  return current;
}

/** Apollo's own errors (BadRequestError, UserInputError, ...) subclass GraphQLError under other names. */
function isGraphQLError(error: unknown): boolean {
  return error instanceof GraphQLError;
}

function assertNever(value: never): never {
  throw new Error(`Unmapped error code ${String(value)}`);
}
