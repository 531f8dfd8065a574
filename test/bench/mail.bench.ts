import { randomUUID } from 'node:crypto';
import { MailTransport, renderMail } from '@app/mail';
import { SmtpSink } from '../support/smtp-sink';
import { startSinkProcess } from './sink-process';

const NOTIFICATIONS = 3000;
/** Like a BullMQ mail worker running with this many concurrent jobs. */
const IN_FLIGHT = 50;

interface PoolShape {
  maxConnections: number;
  maxMessages: number;
}

/** Where the messages go: a sink in this process, or one in a child process as a real server would be. */
interface SinkHandle {
  url: string;
  received(n: number): Promise<void>;
  stop(): Promise<void>;
}

async function localSink(parse: boolean): Promise<SinkHandle> {
  const sink = await SmtpSink.start({ parse });
  return { url: sink.url, received: async (n) => void (await sink.waitForCount(n, 120_000)), stop: () => sink.stop() };
}

async function measure(sink: SinkHandle, pool: PoolShape): Promise<number> {
  const transport = MailTransport.fromConfig({ smtpUrl: sink.url, outboxDir: '/unused', from: 'Support <support@helpdesk.test>', messageIdDomain: 'bench.helpdesk.test', pool });
  try {
    let next = 0;
    const started = process.hrtime.bigint();
    const lane = async () => {
      while (next < NOTIFICATIONS) {
        next += 1;
        // Rendering is part of the cost of each notification, as in the worker.
        const rendered = renderMail(
          { template: 'EXPORT_READY', ticketNumber: String(next), link: `https://help.example.org/downloads/${next}?sig=abc`, sizeBytes: 1_234_567_890, sha256: 'ab'.repeat(32), linkExpiresAt: '2025-07-21T20:30:00Z', backupsDeletedAt: null },
          next % 2 ? 'ru' : 'en',
          { organizationName: 'ООО «Ромашка»', timezone: 'Europe/Moscow', publicUrl: 'https://help.example.org' },
        );
        await transport.send({ notificationId: randomUUID(), to: ['director@romashka.example'], rendered });
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    await sink.received(NOTIFICATIONS);
    return NOTIFICATIONS / (Number(process.hrtime.bigint() - started) / 1e9);
  } finally {
    await transport.close();
    await sink.stop();
  }
}

/** Notifications per second (rendered, sent and accepted) to a loopback SMTP sink over the pooled transport. */
export async function runMailBench(): Promise<Record<string, number>> {
  const pool5 = { maxConnections: 5, maxMessages: 100 };
  return {
    notifications: NOTIFICATIONS,
    inFlight: IN_FLIGHT,
    perSecondPool5SinkInChildProcessRaw: Math.round(await measure(await startSinkProcess(), pool5)),
    perSecondPool10SinkInChildProcessRaw: Math.round(await measure(await startSinkProcess(), { maxConnections: 10, maxMessages: 100 })),
    perSecondPool20SinkInChildProcessRaw: Math.round(await measure(await startSinkProcess(), { maxConnections: 20, maxMessages: 100 })),
    perSecondPool10SinkInSameProcessParsing: Math.round(await measure(await localSink(true), { maxConnections: 10, maxMessages: 100 })),
  };
}

if (require.main === module) {
  runMailBench().then((figures) => console.log(JSON.stringify({ bench: 'mail', ...figures }))).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
