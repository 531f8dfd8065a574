import { EntityManager } from '@mikro-orm/postgresql';
import { Controller, Get, HttpCode, HttpStatus, Inject, Res } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Response } from 'express';
import { QueueName } from '@app/queue';

/** For load balancers: 200 when PostgreSQL and Redis answer, 503 otherwise. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    @Inject(getQueueToken(QueueName.MAIL)) private readonly queue: Queue,
  ) {}

  @Get()
  @HttpCode(HttpStatus.OK)
  async check(@Res({ passthrough: true }) res: Response): Promise<{ status: string; database: boolean; redis: boolean }> {
    const [database, redis] = await Promise.all([
      this.em.getConnection().execute('select 1').then(() => true, () => false),
      this.queue.client.then((c) => (c as unknown as { ping(): Promise<string> }).ping()).then(() => true, () => false),
    ]);
    const ok = database && redis;
    if (!ok) res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'degraded', database, redis };
  }
}
