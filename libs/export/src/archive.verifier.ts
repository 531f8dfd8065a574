import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import { ExportError, ExportErrorCode } from './export.exception';

export interface ExpectedEntry {
  sizeBytes: number;
  sha256: string;
}

export interface VerifiedArchive {
  sizeBytes: number;
  /** SHA-256 of the compressed file, as read back from disk. */
  sha256: string;
}

/**
 * Reads the archive back from disk, inflates it (gzip checks its CRC and length), and checks that
 * the tar holds exactly the expected entries with the expected sizes and checksums.
 */
export async function verifyArchive(
  path: string,
  expected: ReadonlyMap<string, ExpectedEntry>,
  signal?: AbortSignal,
): Promise<VerifiedArchive> {
  const archiveHash = createHash('sha256');
  let sizeBytes = 0;
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      archiveHash.update(chunk);
      sizeBytes += chunk.length;
      callback(null, chunk);
    },
  });
  const reader = extract();
  const reading = pipeline(createReadStream(path, { highWaterMark: 1024 * 1024 }), hashing, createGunzip(), reader, { signal });
  reading.catch(() => undefined); // awaited below; the entry loop may throw first
  const seen = new Set<string>();
  try {
    for await (const entry of reader) {
      const name = entry.header.name;
      const want = expected.get(name);
      if (want === undefined || seen.has(name) || entry.header.type !== 'file') {
        throw mismatch(`unexpected entry "${name}" (${entry.header.type})`);
      }
      seen.add(name);
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
      }
      const sha256 = hash.digest('hex');
      if (size !== want.sizeBytes || sha256 !== want.sha256) throw mismatch(`entry "${name}" differs from what was written`);
    }
    await reading;
  } catch (error) {
    reader.destroy();
    if (error instanceof ExportError) throw error;
    if (signal?.aborted) throw new ExportError(ExportErrorCode.ABORTED, 'the export was aborted', { cause: error });
    throw mismatch(`the archive cannot be read back: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  const missing = [...expected.keys()].filter((name) => !seen.has(name));
  if (missing.length > 0) throw mismatch(`${missing.length} entries missing, first "${missing[0]}"`);
  return { sizeBytes, sha256: archiveHash.digest('hex') };
}

function mismatch(message: string, cause?: unknown): ExportError {
  return new ExportError(ExportErrorCode.VERIFICATION_FAILED, `archive verification failed: ${message}`, { cause });
}
