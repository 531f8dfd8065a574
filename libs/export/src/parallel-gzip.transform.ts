import { availableParallelism } from 'node:os';
import { Transform, type TransformCallback } from 'node:stream';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

/**
 * gzip on several cores, like pigz: the input is cut into blocks, each compressed as its own gzip
 * member on the libuv thread pool, and the members are written in order. Concatenated members are
 * one valid .gz file for gunzip, GNU tar and Node alike (RFC 1952 §2.2). Memory stays bounded:
 * at most `parallelism` blocks are in flight, and the stream waits while they are.
 */
export class ParallelGzipTransform extends Transform {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly inFlight: Promise<Buffer>[] = [];
  private blocks = 0;

  constructor(
    private readonly level: number,
    private readonly blockBytes = 4 * 1024 * 1024,
    private readonly parallelism = Math.max(2, Math.min(4, availableParallelism())),
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < this.blockBytes) return callback();
    this.dispatch().then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    const drainAll = async (): Promise<void> => {
      // An empty input still has to come out as a valid (empty) gzip file.
      if (this.pendingBytes > 0 || this.blocks === 0) await this.dispatch();
      while (this.inFlight.length > 0) this.push(await this.inFlight.shift());
    };
    drainAll().then(() => callback(), callback);
  }

  private async dispatch(): Promise<void> {
    const block = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.blocks += 1;
    const compressed = gzip(block, { level: this.level });
    compressed.catch(() => undefined); // awaited in order below; this keeps a later failure from going unhandled meanwhile
    this.inFlight.push(compressed);
    // Backpressure: with every slot taken, wait for the oldest block before accepting more input.
    while (this.inFlight.length >= this.parallelism) this.push(await this.inFlight.shift());
  }
}
