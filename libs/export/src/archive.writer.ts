import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pack, type Pack } from 'tar-stream';
import { ParallelGzipTransform } from './parallel-gzip.transform';

type Sink = ReturnType<Pack['entry']>;

export interface EntryMeta {
  name: string;
  size: number;
  mtime: Date;
}

/**
 * tar → gzip → file, one pipeline with backpressure end to end: an entry's writer waits for the
 * file to drain, so memory holds a few chunks whatever the archive size.
 */
export class ArchiveWriter {
  private readonly tar: Pack;
  private readonly done: Promise<void>;
  private failure: Error | null = null;
  private bytes = 0;

  constructor(path: string, level: number, private readonly onBytes: (total: number) => void = () => undefined) {
    this.tar = pack();
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) => {
        this.bytes += chunk.length;
        this.onBytes(this.bytes);
        callback(null, chunk);
      },
    });
    // 'wx': the temporary name is ours alone; an existing file means another run is using it.
    const file = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    this.done = pipeline(this.tar, new ParallelGzipTransform(level), counter, file);
    this.done.catch((error: unknown) => {
      this.failure = error instanceof Error ? error : new Error(String(error));
    });
  }

  get bytesWritten(): number {
    return this.bytes;
  }

  async addBuffer(meta: Omit<EntryMeta, 'size'>, data: Buffer): Promise<string> {
    return this.addStream({ ...meta, size: data.length }, [data]);
  }

  /** Writes exactly `meta.size` bytes from `chunks` and returns their SHA-256 (hex). */
  async addStream(meta: EntryMeta, chunks: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<string> {
    this.throwIfFailed();
    const hash = createHash('sha256');
    let settle: (error?: Error | null) => void = () => undefined;
    const finished = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve());
    });
    finished.catch(() => undefined); // observed below; this only keeps an early throw from leaving it unhandled
    // tar-stream calls back once the entry is fully packed, or with the error that stopped it.
    const sink: Sink = this.tar.entry(
      { name: meta.name, size: meta.size, mtime: meta.mtime, mode: 0o644, type: 'file', uname: '', gname: '' },
      (error) => settle(error),
    );
    try {
      for await (const chunk of chunks) {
        hash.update(chunk);
        if (!sink.write(chunk)) await this.drained(sink);
      }
    } catch (error) {
      sink.destroy(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    sink.end(undefined); // streamx types want an argument; undefined ends without writing
    await finished;
    this.throwIfFailed();
    return hash.digest('hex');
  }

  /** Ends the tar and waits for the last byte to reach the file; returns the compressed size. */
  async finish(): Promise<number> {
    this.tar.finalize();
    await this.done;
    return this.bytes;
  }

  /** Stops the pipeline; the caller removes the partial file. */
  async abort(reason: Error): Promise<void> {
    this.tar.destroy(reason);
    await this.done.catch(() => undefined);
  }

  private drained(sink: Sink): Promise<void> {
    return new Promise((resolve, reject) => {
      const onDrain = (): void => {
        sink.off('close', onClose);
        resolve();
      };
      const onClose = (): void => {
        sink.off('drain', onDrain);
        reject(this.failure ?? new Error('the archive stream closed while writing an entry'));
      };
      sink.once('drain', onDrain);
      sink.once('close', onClose);
    });
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure;
  }
}
