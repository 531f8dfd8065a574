import { readFile, writeFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { SCHEMA_FILE } from '../../../api/src/api.module';
import { API_RESOLVERS } from '../../../api/src/api.resolvers';
import { CliArgs, CliError } from '../cli-args';

const HEADER = '# Generated from the code-first resolvers by `npm run schema:generate`. Do not edit.\n\n';

export async function generateSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create([...API_RESOLVERS]);
  await app.close();
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

/** `schema --write` regenerates the committed SDL; `schema --check` fails when it is stale. */
export async function runSchema(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const args = CliArgs.parse(argv, ['write', 'check']);
  const sdl = await generateSchema();
  if (args.flag('write')) {
    await writeFile(SCHEMA_FILE, sdl);
    out.write(`wrote ${SCHEMA_FILE}\n`);
    return 0;
  }
  if (args.flag('check')) {
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (committed !== sdl) throw new CliError(`${SCHEMA_FILE} is stale: run \`npm run build && npm run schema:generate\` and commit it`);
    out.write(`${SCHEMA_FILE} is up to date\n`);
    return 0;
  }
  out.write(sdl);
  return 0;
}
