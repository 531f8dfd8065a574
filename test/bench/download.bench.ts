import { mkdir } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { DownloadLinkSigner } from '@app/export';
import { writeGeneratedFile } from '../support/tenant-fixtures';
import { BenchChild } from './bench-child';
import { BenchEnvironment } from './bench-environment';

export interface DownloadReport {
  apiMBps: number;
  plainMBps: number;
  ratio: number;
  /** CPU each server spent per GB sent, the least of its rounds; null where /proc cannot be read. */
  apiCpuMsPerGB: number | null;
  plainCpuMsPerGB: number | null;
}

/**
 * Measured transfers of each side, alternated, the best counting. At a gigabyte a second one
 * transfer is over within a scheduling hiccup: with two rounds the ratio swung from 0.65 to 1.58
 * between runs on a quiet machine. The CPU per GB is the steadier figure.
 */
const ROUNDS = 5;

interface Side {
  url: string;
  server: BenchChild;
  bestMBps: number;
  bestCpuMsPerGB: number | null;
}

/**
 * A ready export of the given size downloaded through its signed link (link check, database,
 * Range-capable sender, download record) against a bare `fs.createReadStream` server on the same file.
 */
export async function runDownloadBench(env: BenchEnvironment, api: { url: string; child: BenchChild }, bytes: number): Promise<DownloadReport> {
  const { exportId, organizationId } = await insertReadyExport(env);
  await mkdir(env.storageDir, { recursive: true });
  const file = join(env.storageDir, `${exportId}.tar.gz`);
  await writeGeneratedFile(file, bytes);
  const token = new DownloadLinkSigner(env.downloadLinkSecret).sign({
    exportId,
    organizationId,
    expiresAt: new Date(Date.now() + 24 * 3600 * 1000),
    linkVersion: 1,
  });
  const { child, match } = await BenchChild.start('plain-file-server', join(__dirname, 'plain-file.server.js'), {
    env: {},
    args: [file],
    ready: /listening (\d+)/,
  });
  try {
    const plain: Side = { url: `http://127.0.0.1:${match[1]}/`, server: child, bestMBps: 0, bestCpuMsPerGB: null };
    const signed: Side = { url: `${api.url}/downloads/${token}`, server: api.child, bestMBps: 0, bestCpuMsPerGB: null };
    // One unmeasured transfer each brings the file into the page cache and both servers' code up
    // to speed; then alternated, so a neighbour's burst favours neither side.
    for (const side of [plain, signed]) await throughput(side.url, bytes);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const side of [plain, signed]) await measure(side, bytes);
    }
    return {
      apiMBps: signed.bestMBps,
      plainMBps: plain.bestMBps,
      ratio: signed.bestMBps / plain.bestMBps,
      apiCpuMsPerGB: signed.bestCpuMsPerGB,
      plainCpuMsPerGB: plain.bestCpuMsPerGB,
    };
  } finally {
    await child.stop();
  }
}

async function measure(side: Side, bytes: number): Promise<void> {
  const { result: mbps, cpuMs } = await side.server.cpuDuring(() => throughput(side.url, bytes));
  side.bestMBps = Math.max(side.bestMBps, mbps);
  if (cpuMs === null) return;
  const perGB = cpuMs / (bytes / 1024 ** 3);
  side.bestCpuMsPerGB = side.bestCpuMsPerGB === null ? perGB : Math.min(side.bestCpuMsPerGB, perGB);
}

/** MB/s of one GET read to the end and thrown away. */
function throughput(url: string, expected: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    get(url, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`GET ${url.replace(/downloads\/.*/, 'downloads/…')} answered ${res.statusCode}`));
        return;
      }
      let received = 0;
      res.on('data', (chunk: Buffer) => (received += chunk.length));
      res.on('end', () => {
        if (received !== expected) reject(new Error(`received ${received} bytes of ${expected}`));
        else resolve(received / 1024 / 1024 / ((performance.now() - started) / 1000));
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** The rows of a finished export: organisation, ticket, approved request, READY export. */
async function insertReadyExport(env: BenchEnvironment): Promise<{ exportId: string; organizationId: string }> {
  const result = await env.pool.query<{ export_id: string; organization_id: string }>(
    `with o as (
       insert into organization (id, external_id, name, product, last_service_day, timezone, language, contact_emails, created_at, updated_at)
       values (gen_random_uuid(), 'download-bench', 'Download customer', 'CLOUD', date '2099-06-30', 'Europe/Moscow', 'ru', array['it@download.example.org'], now(), now())
       returning id),
     t as (
       insert into ticket (id, organization_id, author_id, subject, body, language, status, classification, created_at, updated_at)
       select gen_random_uuid(), o.id, 'bench', 'Export', 'Please export our data', 'en', 'RESOLVED', '{}'::jsonb, now(), now() from o
       returning id, organization_id),
     r as (
       insert into ticket_request (id, ticket_id, organization_id, kind, decision, reason_code, explanation, status, decided_by, created_at, updated_at)
       select gen_random_uuid(), t.id, t.organization_id, 'BACKUP_EXPORT', 'APPROVED', 'EXPORT_APPROVED', 'Approved', 'DONE', 'rules', now(), now() from t
       returning id, organization_id)
     insert into data_export (id, request_id, organization_id, status, from_backup, link_version, link_expires_at, ready_at, size_bytes, sha256, created_at, updated_at)
     select gen_random_uuid(), r.id, r.organization_id, 'READY', false, 1, now() + interval '7 days', now(), 0, null, now(), now() from r
     returning id as export_id, organization_id`,
  );
  return { exportId: result.rows[0].export_id, organizationId: result.rows[0].organization_id };
}
