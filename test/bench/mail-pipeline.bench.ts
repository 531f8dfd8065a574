import { readFile } from 'node:fs/promises';
import { SmtpSink } from '../support/smtp-sink';
import { BenchEnvironment } from './bench-environment';
import { insertMailBurst, settleOutbox } from './mail-burst';

export interface MailPipelineFigures {
  perSecond: number;
  seconds: number;
  /** CPU time the worker process spent per e-mail (Linux only, else null): steady where the wall clock is shared. */
  workerCpuMsPerMail: number | null;
}

/** User plus system CPU time of a process so far, in milliseconds; null where /proc is not there to read. */
async function cpuMs(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
    // utime and stime, the 14th and 15th fields of the line, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * Notifications per second through the whole pipeline: outbox rows relayed to BullMQ, the worker
 * process rendering and sending each one, to a loopback SMTP server. Timed from the insert to the
 * last message received.
 */
export async function runMailPipelineBench(env: BenchEnvironment, notifications: number): Promise<MailPipelineFigures> {
  await settleOutbox(env.pool);
  const sink = await SmtpSink.start({ parse: false });
  const worker = await env.startWorker({ SMTP_URL: sink.url });
  try {
    const cpuBefore = await cpuMs(worker.pid);
    const started = performance.now();
    await insertMailBurst(env.pool, notifications, 'mail-bench');
    await sink.waitForCount(notifications, 10 * 60_000);
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = await cpuMs(worker.pid);
    const workerCpuMsPerMail = cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / notifications : null;
    return { perSecond: notifications / seconds, seconds, workerCpuMsPerMail };
  } finally {
    await env.stop(worker);
    await sink.stop();
  }
}
