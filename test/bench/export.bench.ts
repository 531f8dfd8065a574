import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ExportRunner } from '@app/export';
import { createPostgresTenant, writeGeneratedFile } from '../support/tenant-fixtures';

/**
 * Archive throughput of ExportRunner against `tar -czf` at the same gzip level on the same data,
 * and the peak RSS of a process that runs only the export.
 *
 *   npm run bench:export                              # 1GB and 4GB
 *   EXPORT_BENCH_SIZES=64MB,256MB npm run bench:export
 *   node dist/test/bench/export.bench.js 512MB
 */

const LEVEL = 6;
const FILE_BYTES = 8 * 1024 * 1024;
const UNITS: Readonly<Record<string, number>> = { KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(KB|MB|GB)$/i.exec(text.trim());
  if (match === null) throw new Error(`size "${text}" must look like 64MB or 1GB`);
  return Math.round(Number(match[1]) * UNITS[match[2].toUpperCase()]);
}

interface ChildReport {
  seconds: number;
  maxRssMb: number;
  archiveBytes: number;
}

/** Returns, per size, the throughput ratio to tar, the export's peak RSS and both timings. */
export async function runExportBench(sizes: readonly string[]): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const tenant = await createPostgresTenant('bench_export');
  try {
    for (const size of sizes) {
      const workDir = await mkdtemp(join(tmpdir(), 'export-bench-'));
      try {
        const dataDir = join(workDir, 'moodledata');
        await generateData(dataDir, parseSize(size));
        const tarSeconds = await timeTar(dataDir, join(workDir, 'tar.tar.gz'));
        const tarBytes = (await stat(join(workDir, 'tar.tar.gz'))).size;
        await rm(join(workDir, 'tar.tar.gz'));
        const child = await runChildExport(tenant.url, dataDir, join(workDir, 'export.tar.gz'));
        figures[`${size}.throughputRatio`] = round(tarSeconds / child.seconds);
        figures[`${size}.peakRssMb`] = round(child.maxRssMb);
        figures[`${size}.exportSeconds`] = round(child.seconds);
        figures[`${size}.tarSeconds`] = round(tarSeconds);
        figures[`${size}.exportMB`] = round(child.archiveBytes / UNITS.MB);
        figures[`${size}.tarMB`] = round(tarBytes / UNITS.MB);
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    }
  } finally {
    await tenant.drop();
  }
  return figures;
}

/** 8 MB files in nested folders, half random and half text, like a course file store. */
async function generateData(dataDir: string, totalBytes: number): Promise<void> {
  let written = 0;
  for (let i = 0; written < totalBytes; i += 1) {
    const size = Math.min(FILE_BYTES, totalBytes - written);
    const hex = i.toString(16).padStart(6, '0');
    await mkdir(join(dataDir, 'filedir', hex.slice(0, 2), hex.slice(2, 4)), { recursive: true });
    await writeGeneratedFile(join(dataDir, 'filedir', hex.slice(0, 2), hex.slice(2, 4), `${hex}-content`), size);
    written += size;
  }
}

async function timeTar(dataDir: string, output: string): Promise<number> {
  const started = performance.now();
  await promisify(execFile)('tar', [`--use-compress-program=gzip -${LEVEL}`, '-cf', output, '-C', dataDir, '.']);
  return (performance.now() - started) / 1000;
}

/** A separate process, so the RSS peak belongs to the export alone. */
function runChildExport(databaseUrl: string, dataDir: string, destinationPath: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [__filename, '--child', JSON.stringify({ databaseUrl, dataDir, destinationPath })], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) reject(new Error(`the export child exited with ${code}`));
      else resolve(JSON.parse(out) as ChildReport);
    });
  });
}

async function childMain(argument: string): Promise<void> {
  const { databaseUrl, dataDir, destinationPath } = JSON.parse(argument) as { databaseUrl: string; dataDir: string; destinationPath: string };
  const started = performance.now();
  const result = await new ExportRunner().run({
    source: { databaseUrl, dataDir },
    destinationPath,
    language: 'en',
    organizationName: 'Benchmark',
    requestId: 'bench',
    compressionLevel: LEVEL,
  });
  const report: ChildReport = {
    seconds: (performance.now() - started) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024, // maxRSS is in kilobytes
    archiveBytes: result.sizeBytes,
  };
  process.stdout.write(JSON.stringify(report));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return childMain(args[1]);
  const sizes = args.length > 0 ? args : (process.env.EXPORT_BENCH_SIZES ?? '1GB,4GB').split(',');
  const figures = await runExportBench(sizes.map((s) => s.trim()).filter((s) => s !== ''));
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(28)} ${value}`);
  console.log(`goal: throughputRatio >= 0.8, peakRssMb < 200 and the same for every size (gzip level ${LEVEL})`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
