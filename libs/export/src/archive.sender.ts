import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
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

  let bytesSent = 0;
  const body = createReadStream(file.path, { start, end, highWaterMark: 256 * 1024 });
  body.on('data', (chunk: Buffer | string) => {
    bytesSent += chunk.length;
  });
  try {
    await pipeline(body, res);
  } catch {
    // The client closing the connection is an ordinary end of a download, reported as incomplete.
    return { status, bytesSent, complete: false };
  }
  return { status, bytesSent, complete: bytesSent === length };
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
