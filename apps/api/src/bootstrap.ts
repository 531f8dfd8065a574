import { INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ApiModule } from './api.module';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Builds the API application; `main.ts` listens, tests listen on a random port. */
export async function createApiApp(options: { logger?: false | undefined } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bodyParser: false, logger: options.logger });
  return configureApiApp(app);
}

/** Everything the HTTP layer needs beyond the module; shared by `main.ts` and the tests. */
export function configureApiApp(app: NestExpressApplication): NestExpressApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.set('trust proxy', config.nodeEnv === 'production' ? 1 : false);
  app.disable('x-powered-by');
  app.useGlobalPipes(
    new ValidationPipe({ transform: true, whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false }),
  );
  app.use(jsonErrors);
  app.enableShutdownHooks();
  return app;
}

/** Body-parser failures (too large, not JSON) answer as JSON with a plain message, never a stack. */
function jsonErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (!error || res.headersSent) return next(error);
  const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 500;
  const messages: Record<number, string> = {
    400: 'The request body is not valid JSON',
    413: `The request body is larger than ${MAX_BODY_BYTES} bytes`,
    415: 'Unsupported content type',
  };
  if (status >= 500) new Logger('HTTP').error('Unhandled HTTP error', (error as Error).stack);
  res.status(status).json({ errors: [{ message: messages[status] ?? 'The request could not be processed', extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
}
