import { SmtpSink } from '../support/smtp-sink';
import { BenchEnvironment, settingsFromEnvironment, WORKER_SETTINGS } from './bench-environment';
import { insertMailBurst } from './mail-burst';

export interface MailPipelineFigures {
  perSecond: number;
  seconds: number;
  /** CPU time the worker process spent per e-mail (Linux only, else null): steady where the wall clock is shared. */
  workerCpuMsPerMail: number | null;
}

/**
 * Notifications per second through the whole pipeline: outbox rows relayed to BullMQ, the worker
 * process rendering and sending each one, to a loopback SMTP server. Timed from the insert to the
 * last message received. The worker's settings in the bench's environment (MAIL_CONCURRENCY,
 * MAIL_PER_SECOND, ...) pass on to it.
 */
export async function runMailPipelineBench(env: BenchEnvironment, notifications: number): Promise<MailPipelineFigures> {
  await env.settleWork();
  const sink = await SmtpSink.start({ parse: false });
  const worker = await env.startWorker({ ...settingsFromEnvironment(WORKER_SETTINGS), SMTP_URL: sink.url });
  try {
    const { result: seconds, cpuMs } = await worker.cpuDuring(async () => {
      const started = performance.now();
      await insertMailBurst(env.pool, notifications, 'mail-bench');
      await sink.waitForCount(notifications, 10 * 60_000);
      return (performance.now() - started) / 1000;
    });
    return { perSecond: notifications / seconds, seconds, workerCpuMsPerMail: cpuMs === null ? null : cpuMs / notifications };
  } finally {
    await env.stop(worker);
    await sink.stop();
  }
}
