import 'reflect-metadata';
import { CliError } from './cli-args';

type Command = (argv: readonly string[], out: NodeJS.WritableStream) => Promise<number>;

// Each command loads only what it needs: `classify` must start fast and never touch Nest or the ORM.
const COMMANDS: Record<string, { about: string; load: () => Promise<Command> }> = {
  classify: { about: 'read {"id","text"} JSON lines on stdin, write labels per line', load: async () => (argv, out) => import('./commands/classify.command').then((m) => m.runClassify(process.stdin, out)) },
  token: { about: '--role customer|agent|admin [--org ID] [--email E]: print a JWT the API accepts', load: async () => (await import('./commands/token.command')).runToken },
  'seed-demo': { about: 'load one demo organisation per rules-table row and print them as JSON', load: async () => (await import('./commands/seed-demo.command')).runSeedDemo },
  migrate: { about: 'create the database if missing and apply migrations', load: async () => (await import('./commands/migrate.command')).runMigrate },
  'export-labels': { about: "write agents' reclassifications as labelled JSONL", load: async () => (await import('./commands/export-labels.command')).runExportLabels },
  schema: { about: '[--write|--check] print, write or check prisma-free-schema/schema.graphql', load: async () => (await import('./commands/schema.command')).runSchema },
  demo: { about: 'start API and worker, seed demo organisations, file example tickets, print decisions', load: async () => (await import('./commands/demo.command')).runDemo },
  tick: { about: '--at ISO [--dry-run]: run the time-driven duties as of that instant, one JSON line per action', load: async () => (await import('./commands/tick.command')).runTick },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const usage = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(14)} ${c.about}`).join('\n');
    process.stderr.write(`${name ? `unknown command "${name}"\n` : ''}usage: npm run -s cli -- <command> [options]\n${usage}\n`);
    return 2;
  }
  return (await command.load())(rest, process.stdout);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (!(error instanceof CliError) && error instanceof Error && process.env.DEBUG) process.stderr.write(`${error.stack}\n`);
    process.exitCode = error instanceof CliError ? 2 : 1;
  },
);
