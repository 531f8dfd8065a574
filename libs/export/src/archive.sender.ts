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
   * Runs when the answer is decided and its body written, before the response ends: what it does
   * (recording the download) is done by the time the client sees the last byte.
   */
  beforeEnd?: (outcome: SendOutcome) => Promise<void>;
}

/**
 * Answers GET and HEAD for an archive, with single-range support so interrupted downloads resume.
 * The caller has already checked the signed link; this only speaks HTTP.
 */
export async function sendArchive(req: IncomingMessage, res: ServerResponse, file: ArchiveFile, hooks: SendHooks = {}): Promise<SendOutcome> {
  const settle = async (outcome: SendOutcome): Promise<SendOutcome> => {
    await hooks.beforeEnd?.(outcome);
    if (!res.writableEnded) res.end();
    return outcome;
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': '0' });
    return settle({ status: 405, bytesSent: 0, complete: true });
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
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${file.size}`, 'Content-Length': '0' });
    return settle({ status: 416, bytesSent: 0, complete: true });
  }
  const start = range.kind === 'partial' ? range.start : 0;
  const end = range.kind === 'partial' ? range.end : file.size - 1;
  const length = end - start + 1;
  const status = range.kind === 'partial' ? 206 : 200;
  if (range.kind === 'partial') headers['Content-Range'] = `bytes ${start}-${end}/${file.size}`;
  res.writeHead(status, { ...headers, 'Content-Length': String(length) });
  if (req.method === 'HEAD' || length === 0) return settle({ status, bytesSent: 0, complete: true });

  let bytesSent = 0;
  const body = createReadStream(file.path, { start, end, highWaterMark: 256 * 1024 });
  body.on('data', (chunk: Buffer | string) => {
    bytesSent += chunk.length;
  });
  try {
    await pipeline(body, res, { end: false });
  } catch {
    // The client closing the connection is an ordinary end of a download, reported as incomplete.
    return settle({ status, bytesSent, complete: false });
  }
  return settle({ status, bytesSent, complete: bytesSent === length });
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
