import { randomBytes } from 'node:crypto';
import { Role, TestApp } from './test-app';

export interface OrganizationFixture {
  id: string;
  customerToken: string;
}

export const TICKET_FIELDS = `id number status language assignee dueAt
  requests { id kind decision reasonCode explanation status dueAt duplicateOfId export { id status sizeBytes sha256 linkExpiresAt error } }`;

/** An organisation made through the admin API, with a customer token bound to it. */
export async function createOrganization(
  app: TestApp,
  contract: {
    product?: 'CLOUD' | 'SERVER' | null;
    lastServiceDay?: string | null;
    timezone?: string;
    language?: 'ru' | 'en';
    contactEmails?: string[];
    tenantDatabaseUrl?: string;
    tenantDataDir?: string;
  } = {},
): Promise<OrganizationFixture> {
  const admin = await app.token(Role.ADMIN);
  const suffix = randomBytes(4).toString('hex');
  const data = await app.ok<{ upsertOrganization: { id: string } }>(
    `mutation($input: UpsertOrganizationInput!) { upsertOrganization(input: $input) { id } }`,
    {
      input: {
        externalId: `org-${suffix}`,
        name: `Organisation ${suffix}`,
        product: contract.product === undefined ? 'CLOUD' : contract.product,
        lastServiceDay: contract.lastServiceDay === undefined ? '2027-06-30' : contract.lastServiceDay,
        timezone: contract.timezone ?? 'Europe/Moscow',
        language: contract.language ?? 'ru',
        contactEmails: contract.contactEmails ?? [`it-${suffix}@example.org`],
        tenantDatabaseUrl: contract.tenantDatabaseUrl,
        tenantDataDir: contract.tenantDataDir,
      },
    },
    admin,
  );
  const id = data.upsertOrganization.id;
  return { id, customerToken: await app.token(Role.CUSTOMER, id) };
}

export interface TicketResult {
  id: string;
  number: number;
  status: string;
  language: string;
  assignee: string | null;
  dueAt: string | null;
  requests: {
    id: string;
    kind: string;
    decision: string;
    reasonCode: string;
    explanation: string;
    status: string;
    dueAt: string | null;
    duplicateOfId: string | null;
    export: { id: string; status: string; sizeBytes: number | null; sha256: string | null; linkExpiresAt: string | null; error: string | null } | null;
  }[];
}

export async function fileTicket(app: TestApp, token: string, body: string, subject = 'Заявка'): Promise<TicketResult> {
  const data = await app.ok<{ createTicket: TicketResult }>(
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`,
    { input: { subject, body } },
    token,
  );
  return data.createTicket;
}
