import { MikroORM, RequestContext } from '@mikro-orm/core';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CliModule } from './cli.module';

/** Runs one command against the database in its own EntityManager context, then closes everything. */
export async function withCliContext<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    return await RequestContext.create(app.get(MikroORM).em, () => work(app));
  } finally {
    await app.close();
  }
}
