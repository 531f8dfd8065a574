import { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DutiesService, RetentionModule } from '@app/retention';
import { CliArgs, CliError } from '../cli-args';
import { CliModule } from '../cli.module';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `tick --at <ISO instant> [--dry-run]`: the duties the scheduler runs, as of that instant, one JSON line per action. */
export async function runTick(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const args = CliArgs.parse(argv, ['at', 'dry-run']);
  const raw = args.required('at');
  const at = new Date(raw);
  // An instant without a zone would be read in the machine's zone; a deadline must not depend on that.
  if (!ISO_INSTANT.test(raw) || Number.isNaN(at.getTime())) {
    throw new CliError(`--at must be an ISO-8601 instant with a zone, such as 2027-07-30T21:00:00Z, got "${raw}"`);
  }
  const root: DynamicModule = { module: CliModule, imports: [RetentionModule] };
  const app = await NestFactory.createApplicationContext(root, { logger: ['error'] });
  try {
    const actions = await app.get(DutiesService).run(at, { dryRun: args.flag('dry-run') });
    for (const action of actions) out.write(`${JSON.stringify(action)}\n`);
    return 0;
  } finally {
    await app.close();
  }
}
