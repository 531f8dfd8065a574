import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Request } from 'express';
import { AuthErrorCode, AuthException } from './auth.exception';
import { Principal, Role } from './principal';
import { ROLES_KEY } from './roles.decorator';
import { TokenService } from './token.service';

type AuthenticatedRequest = Request & { principal?: Principal };

/** Authenticates the bearer token once per HTTP request and checks the operation's roles. */
@Injectable()
export class GqlAuthGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    const request = GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
    request.principal ??= await this.authenticate(request);
    if (!roles || !roles.includes(request.principal.role)) {
      throw new AuthException(AuthErrorCode.FORBIDDEN, 'This operation is not allowed for your role');
    }
    return true;
  }

  private authenticate(request: AuthenticatedRequest): Promise<Principal> {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) throw new AuthException(AuthErrorCode.UNAUTHENTICATED, 'Sign in: a bearer token is required');
    return this.tokens.verify(match[1]);
  }
}
