/** A small, strict flag parser: unknown flags are errors, so a typo never silently does nothing. */
export class CliArgs {
  private constructor(
    private readonly values: Map<string, string | true>,
    readonly positional: string[],
  ) {}

  static parse(argv: readonly string[], known: readonly string[]): CliArgs {
    const values = new Map<string, string | true>();
    const positional: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] as string;
      if (!arg.startsWith('--')) {
        positional.push(arg);
        continue;
      }
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!known.includes(name)) throw new CliError(`unknown option --${name} (known: ${known.map((k) => `--${k}`).join(', ') || 'none'})`);
      const next = argv[i + 1];
      if (inline !== undefined) values.set(name, inline);
      else if (next !== undefined && !next.startsWith('--')) {
        values.set(name, next);
        i++;
      } else values.set(name, true);
    }
    return new CliArgs(values, positional);
  }

  string(name: string): string | undefined {
    const value = this.values.get(name);
    if (value === true) throw new CliError(`--${name} needs a value`);
    return value;
  }

  required(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw new CliError(`--${name} is required`);
    return value;
  }

  flag(name: string): boolean {
    return this.values.get(name) === true;
  }
}

export class CliError extends Error {
  override name = CliError.name;
}
