export enum Role {
  CUSTOMER = 'customer',
  AGENT = 'agent',
  ADMIN = 'admin',
}

/** Who is calling, as proven by the bearer token. A customer is bound to exactly one organisation. */
export type Principal =
  | { role: Role.CUSTOMER; subject: string; organizationId: string; email: string | null }
  | { role: Role.AGENT | Role.ADMIN; subject: string; organizationId: null; email: string | null };
