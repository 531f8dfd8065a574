import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendArchive, type SendOutcome } from '@app/export';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

describe(sendArchive.name, () => {
  const content = randomBytes(300_000);
  const lastModified = new Date('2025-03-01T10:00:00Z');
  let dir: string;
  let server: Server;
  let port: number;
  const outcomes: SendOutcome[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'send-archive-'));
    const path = join(dir, 'a.tar.gz');
    await writeFile(path, content);
    server = createServer((req, res) => {
      void sendArchive(req, res, { path, size: content.length, fileName: 'выгрузка 1.tar.gz', sha256: 'abc123', lastModified }).then((o) => outcomes.push(o));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  function get(headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path: '/', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('sends the whole archive with 200, its length, validators and an attachment name', async () => {
    const answer = await get();
    expect(answer.status).toBe(200);
    expect(answer.body.equals(content)).toBe(true);
    expect(answer.headers).toMatchObject({
      'content-length': String(content.length),
      'accept-ranges': 'bytes',
      etag: '"abc123"',
      'last-modified': lastModified.toUTCString(),
      'content-disposition': `attachment; filename="________ 1.tar.gz"; filename*=UTF-8''${encodeURIComponent('выгрузка 1.tar.gz')}`,
    });
  });

  it('answers a range with 206, Content-Range and exactly those bytes', async () => {
    const answer = await get({ Range: 'bytes=100-199' });
    expect([answer.status, answer.headers['content-range'], answer.headers['content-length']]).toEqual([206, `bytes 100-199/${content.length}`, '100']);
    expect(answer.body.equals(content.subarray(100, 200))).toBe(true);
  });

  it('resumes an interrupted download so the pieces join into the original', async () => {
    const first = await get({ Range: 'bytes=0-99999' });
    const rest = await get({ Range: 'bytes=100000-', 'If-Range': '"abc123"' });
    expect([first.status, rest.status]).toEqual([206, 206]);
    expect(Buffer.concat([first.body, rest.body]).equals(content)).toBe(true);
  });

  it('sends the whole file again when If-Range names another version', async () => {
    const answer = await get({ Range: 'bytes=100000-', 'If-Range': '"other"' });
    expect([answer.status, answer.body.length]).toEqual([200, content.length]);
  });

  it('answers 416 with the real size for a range beyond the end', async () => {
    const answer = await get({ Range: `bytes=${content.length}-` });
    expect([answer.status, answer.headers['content-range'], answer.body.length]).toEqual([416, `bytes */${content.length}`, 0]);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const answer = await get({ Range: 'bytes=0-9' }, 'HEAD');
    expect([answer.status, answer.headers['content-length'], answer.body.length]).toEqual([206, '10', 0]);
  });

  it('refuses other methods with 405 and says which are allowed', async () => {
    const answer = await get({}, 'POST');
    expect([answer.status, answer.headers.allow]).toEqual([405, 'GET, HEAD']);
  });

  it('reports the bytes it sent for the download record', () => {
    expect(outcomes).toEqual(expect.arrayContaining([{ status: 206, bytesSent: 100, complete: true }, { status: 200, bytesSent: content.length, complete: true }]));
  });
});

describe(`${sendArchive.name} when a transfer ends early`, () => {
  const size = 32 * 1024 * 1024;
  let dir: string;
  let path: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'send-archive-early-'));
    path = join(dir, 'big.tar.gz');
    await writeFile(path, randomBytes(size));
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Serves one GET of the file with `claimedSize` as its size; resolves with what the client saw and the outcome. */
  async function serveOnce(claimedSize: number, client: (res: IncomingMessage) => Promise<number>): Promise<{ received: number; outcome: SendOutcome }> {
    let outcome!: Promise<SendOutcome>;
    const server = createServer((req, res) => (outcome = sendArchive(req, res, { path, size: claimedSize, fileName: 'big.tar.gz' })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const received = await new Promise<number>((resolve, reject) => {
        request({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: '/' }, (res) => void client(res).then(resolve, reject))
          .on('error', reject)
          .end();
      });
      return { received, outcome: await outcome };
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('reports a client that leaves after the first bytes as incomplete, with what was flushed to it', async () => {
    const { received, outcome } = await serveOnce(size, async (res) => {
      const [first] = (await once(res, 'data')) as [Buffer];
      res.destroy();
      return first.length;
    });

    expect(received).toBeGreaterThan(0);
    expect(outcome.complete).toBe(false);
    expect(outcome.bytesSent).toBeLessThan(size);
  });

  it('cuts the connection when the file is shorter than the length it announced', async () => {
    const { received, outcome } = await serveOnce(size + 1000, async (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      const [aborted] = await Promise.race([once(res, 'end').then(() => [false]), once(res, 'aborted').then(() => [true]), once(res, 'error').then(() => [true])]);
      expect(aborted).toBe(true);
      return bytes;
    });

    expect(received).toBeLessThanOrEqual(size);
    expect(outcome).toMatchObject({ status: 200, complete: false });
  });
});
