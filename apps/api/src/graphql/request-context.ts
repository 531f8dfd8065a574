import { Request } from 'express';
import { Principal, Role } from '@app/auth';

/** The GraphQL context: the Express request, on which the auth guard leaves the principal. */
export interface GqlContext {
  req: Request & { principal?: Principal };
}

export function isStaff(principal: Principal | undefined): boolean {
  return principal?.role === Role.AGENT || principal?.role === Role.ADMIN;
}

export type CustomerPrincipal = Principal & { role: Role.CUSTOMER };
