import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';

/**
 * A Node process the benchmark drives over the network: the load tool and the server never share
 * an event loop, as in production. Ready when its output matches `ready`; its log is kept for errors.
 */
export class BenchChild {
  private log = '';

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(name: string, script: string, options: { env: Record<string, string>; ready: RegExp; args?: string[]; timeoutMs?: number }): Promise<{ child: BenchChild; match: RegExpMatchArray }> {
    // BENCH_PROFILE_DIR=<folder> writes a CPU profile of every child when it exits, to see where its time goes.
    const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : [];
    // BENCH_NODE_FLAGS="--heap-prof --trace-gc ..." passes further flags to every child, to look at its memory the same way.
    const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
    const child = spawn(process.execPath, [...flags, ...profile, script, ...(options.args ?? [])], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const wrapper = new BenchChild(name, child);
    const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`${name} was not ready within ${options.timeoutMs ?? 30_000} ms`)), options.timeoutMs ?? 30_000);
      const onData = (chunk: Buffer) => {
        wrapper.log = (wrapper.log + chunk.toString('utf8')).slice(-20_000);
        const found = options.ready.exec(wrapper.log);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      };
      const fail = (error: Error) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`${error.message}\n--- ${name} output ---\n${wrapper.log}`));
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => fail(new Error(`${name} exited with ${code} before it was ready`)));
    });
    child.removeAllListeners('exit');
    return { child: wrapper, match };
  }

  /**
   * User plus system CPU time of the process so far, in milliseconds; null where /proc is not
   * there to read. Steady where the wall clock is shared with other work on the machine.
   */
  async cpuMs(): Promise<number | null> {
    return this.child.pid === undefined ? null : processCpuMs(this.child.pid);
  }

  /** What `work` returns, and the CPU time this process spent meanwhile (null where it cannot be read). */
  async cpuDuring<T>(work: () => Promise<T>): Promise<{ result: T; cpuMs: number | null }> {
    const before = await this.cpuMs();
    const result = await work();
    const after = await this.cpuMs();
    return { result, cpuMs: before !== null && after !== null ? after - before : null };
  }

  get output(): string {
    return this.log;
  }

  /** SIGTERM, so Nest runs its shutdown hooks; SIGKILL if it hangs. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** A port free right now on loopback, for a child that must be told its port in advance. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP address for a free port');
  return address.port;
}

/** CPU time a process on this machine has used, from /proc; null where it cannot be read (no such process, not Linux). */
export async function processCpuMs(pid: number): Promise<number | null> {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
    // utime and stime, the 14th and 15th fields of the line, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
