import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { SmtpSink } from '../support/smtp-sink';

/**
 * A loopback SMTP server in a process of its own, as a real relay would be: in the benchmark's
 * process it would share an event loop with the load tool, and a burst of mail would slow the
 * load down rather than the server under test. It skips MIME parsing.
 */
export interface SinkProcess {
  url: string;
  /** Messages received so far. */
  count(): Promise<number>;
  /** Resolves once `n` messages are in. */
  received(n: number): Promise<void>;
  stop(): Promise<void>;
}

type Command = { ask: 'count' } | { ask: 'waitFor'; n: number } | { ask: 'stop' };

export async function startSinkProcess(): Promise<SinkProcess> {
  const child: ChildProcess = fork(__filename, [], { stdio: 'inherit' });
  const [ready] = (await once(child, 'message')) as [{ port: number }];
  // One question at a time: each answer is the next message from the child.
  let queue: Promise<unknown> = Promise.resolve();
  const ask = <T>(command: Command): Promise<T> => {
    const answer = queue.then(async () => {
      child.send(command);
      const [reply] = (await once(child, 'message')) as [T];
      return reply;
    });
    queue = answer.catch(() => undefined);
    return answer;
  };
  return {
    url: `smtp://127.0.0.1:${ready.port}`,
    count: async () => (await ask<{ count: number }>({ ask: 'count' })).count,
    received: async (n) => void (await ask({ ask: 'waitFor', n })),
    stop: async () => {
      const exited = once(child, 'exit');
      child.send({ ask: 'stop' } satisfies Command);
      await exited;
    },
  };
}

/** The child side: a sink that says its port, then answers the parent's questions in order. */
async function serveSink(): Promise<void> {
  const sink = await SmtpSink.start({ parse: false });
  process.on('message', (command: Command) => {
    if (command.ask === 'count') process.send?.({ count: sink.messages.length });
    if (command.ask === 'waitFor') void sink.waitForCount(command.n, 10 * 60_000).then(() => process.send?.({ done: true }));
    if (command.ask === 'stop') void sink.stop().then(() => process.exit(0));
  });
  process.send?.({ port: sink.port });
}

if (require.main === module && process.send) {
  serveSink().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
