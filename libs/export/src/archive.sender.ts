import { open } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { finished } from 'node:stream/promises';
import { parseRange } from './http-range';

export interface ArchiveFile {
  path: string;
  size: number;
  /** The name the browser saves it under. */
  fileName: string;
  sha256?: string;
  lastModified?: Date;
}

export interface SendOutcome {
  status: number;
  bytesSent: number;
  /** False when the client went away before the last byte. */
  complete: boolean;
}

export interface SendHooks {
  /**
   * Runs once the answer is decided, before its first byte: what it does (recording the download)
   * is done by the time the client sees anything. `length` is the body about to be sent.
   */
  onAnswer?: (answer: { status: number; length: number }) => Promise<void>;
}

/**
 * Answers GET and HEAD for an archive, with single-range support so interrupted downloads resume.
 * The caller has already checked the signed link; this only speaks HTTP.
 */
export async function sendArchive(req: IncomingMessage, res: ServerResponse, file: ArchiveFile, hooks: SendHooks = {}): Promise<SendOutcome> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    await hooks.onAnswer?.({ status: 405, length: 0 });
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': '0' }).end();
    return { status: 405, bytesSent: 0, complete: true };
  }
  const etag = file.sha256 === undefined ? undefined : `"${file.sha256}"`;
  const headers: Record<string, string> = {
    'Accept-Ranges': 'bytes',
    'Content-Type': 'application/gzip',
    'Content-Disposition': contentDisposition(file.fileName),
    // A signed link is a credential: keep the answer out of shared caches.
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (etag !== undefined) headers.ETag = etag;
  if (file.lastModified !== undefined) headers['Last-Modified'] = file.lastModified.toUTCString();

  const range = rangeStillValid(req, etag, file.lastModified) ? parseRange(header(req, 'range'), file.size) : { kind: 'full' as const };
  if (range.kind === 'unsatisfiable') {
    await hooks.onAnswer?.({ status: 416, length: 0 });
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${file.size}`, 'Content-Length': '0' }).end();
    return { status: 416, bytesSent: 0, complete: true };
  }
  const start = range.kind === 'partial' ? range.start : 0;
  const end = range.kind === 'partial' ? range.end : file.size - 1;
  const length = end - start + 1;
  const status = range.kind === 'partial' ? 206 : 200;
  if (range.kind === 'partial') headers['Content-Range'] = `bytes ${start}-${end}/${file.size}`;
  const bodyLength = req.method === 'HEAD' ? 0 : length;
  await hooks.onAnswer?.({ status, length: bodyLength });
  res.writeHead(status, { ...headers, 'Content-Length': String(length) });
  if (bodyLength === 0) {
    res.end();
    return { status, bytesSent: 0, complete: true };
  }

  const sent = await sendBytes(res, file.path, start, length);
  return { status, ...sent };
}

/** Bytes read from the file at a time. */
const CHUNK_BYTES = 256 * 1024;
/** Chunks handed to the socket and not yet flushed: the backpressure, and all the memory a transfer holds. */
const CHUNKS_IN_FLIGHT = 4;

/**
 * Sends `length` bytes of the file from `start`, reusing a few buffers for the whole transfer. A
 * read stream allocates a fresh buffer per read: a gigabyte sent was a gigabyte of external memory
 * for the garbage collector, which in the API's large heap at times cost four times the CPU of the
 * transfer itself. A chunk's buffer is read into again only once the socket has flushed it.
 */
async function sendBytes(res: ServerResponse, path: string, start: number, length: number): Promise<Omit<SendOutcome, 'status'>> {
  const file = await open(path, 'r').catch(() => null);
  if (file === null) {
    res.destroy();
    return { bytesSent: 0, complete: false };
  }
  const spare: Buffer[] = [];
  let allocated = 0;
  let bytesSent = 0;
  let wake: () => void = () => undefined;
  const nextEvent = (): Promise<void> => new Promise((resolve) => (wake = resolve));
  const onClose = (): void => wake();
  res.on('close', onClose);
  try {
    for (let position = start, end = start + length; position < end; ) {
      if (res.destroyed) return { bytesSent, complete: false };
      const buffer = spare.pop() ?? (allocated < CHUNKS_IN_FLIGHT ? (allocated++, Buffer.allocUnsafeSlow(CHUNK_BYTES)) : undefined);
      if (buffer === undefined) {
        await nextEvent();
        continue;
      }
      const { bytesRead } = await file.read(buffer, 0, Math.min(CHUNK_BYTES, end - position), position);
      // The file is shorter than the length promised in the headers: the client must not take it for whole.
      if (bytesRead === 0) throw new Error(`${path} ended ${end - position} bytes early`);
      position += bytesRead;
      res.write(buffer.subarray(0, bytesRead), (error) => {
        if (!error) bytesSent += bytesRead;
        spare.push(buffer);
        wake();
      });
    }
    res.end();
    // The client closing the connection is an ordinary end of a download, reported as incomplete.
    await finished(res).catch(() => undefined);
    return { bytesSent, complete: bytesSent === length && res.writableFinished };
  } catch {
    res.destroy();
    return { bytesSent, complete: false };
  } finally {
    res.off('close', onClose);
    await file.close();
  }
}

/** If-Range: resume only when the client's copy is of this very archive; otherwise send it whole. */
function rangeStillValid(req: IncomingMessage, etag: string | undefined, lastModified: Date | undefined): boolean {
  const ifRange = header(req, 'if-range');
  if (ifRange === undefined) return true;
  if (ifRange.startsWith('"') || ifRange.startsWith('W/')) return etag !== undefined && ifRange === etag;
  if (lastModified === undefined) return false;
  const since = Date.parse(ifRange);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) === Math.floor(since / 1000);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
