import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { ParallelGzipTransform } from './parallel-gzip.transform';

describe(ParallelGzipTransform.name, () => {
  async function compress(input: Buffer, chunkBytes: number, blockBytes: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for (let i = 0; i < input.length; i += chunkBytes) chunks.push(input.subarray(i, i + chunkBytes));
    const out: Buffer[] = [];
    for await (const piece of Readable.from(chunks).pipe(new ParallelGzipTransform(6, blockBytes, 3))) out.push(piece as Buffer);
    return Buffer.concat(out);
  }

  it.each([
    ['empty input', Buffer.alloc(0), 10, 64],
    ['input smaller than a block', Buffer.from('hello'), 2, 64],
    ['many blocks of random bytes', randomBytes(5000), 97, 256],
    ['many blocks of text', Buffer.from('lorem ipsum '.repeat(2000)), 1000, 512],
  ])('keeps the bytes and their order for %s', async (_case, input, chunkBytes, blockBytes) => {
    expect(gunzipSync(await compress(input, chunkBytes, blockBytes)).equals(input)).toBe(true);
  });
});
