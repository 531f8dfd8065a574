import { Role, TokenService } from '@app/auth';
import { loadConfig } from '@app/config';
import { CliArgs, CliError } from '../cli-args';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `token --role customer|agent|admin [--org ID] [--email E] [--subject S] [--ttl SECONDS]` */
export async function runToken(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const args = CliArgs.parse(argv, ['role', 'org', 'email', 'subject', 'ttl']);
  const role = args.required('role');
  if (!Object.values(Role).includes(role as Role)) throw new CliError(`--role must be one of ${Object.values(Role).join(', ')}`);
  const org = args.string('org') ?? null;
  if (role === Role.CUSTOMER && (!org || !UUID.test(org))) throw new CliError('a customer token needs --org with the organisation id (a UUID)');
  if (role !== Role.CUSTOMER && org) throw new CliError('--org is only for customer tokens');
  const ttl = Number(args.string('ttl') ?? 12 * 3600);
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 30 * 24 * 3600) throw new CliError('--ttl must be whole seconds from 60 to 2592000');
  const config = loadConfig();
  const token = await new TokenService(config.jwt).sign(
    { role: role as Role, subject: args.string('subject') ?? `${role}-cli`, organizationId: org, email: args.string('email') ?? null },
    ttl,
  );
  out.write(`${token}\n`);
  return 0;
}
