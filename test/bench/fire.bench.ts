import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Role } from '@app/auth';
import { createPostgresTenant, writeGeneratedFile } from '../support/tenant-fixtures';
import { BenchEnvironment, settingsFromEnvironment, WORKER_SETTINGS } from './bench-environment';
import { BenchSettings } from './bench-settings';
import { IntakeFigures, IntakeTarget, measureIntake } from './intake.bench';
import { insertMailBurst } from './mail-burst';
import { startSinkProcess } from './sink-process';

const FILE_BYTES = 8 * 1024 * 1024;
const EXPORT_TICKET = {
  subject: 'Выгрузка данных',
  body: 'Здравствуйте! Просим подготовить полную выгрузку нашей системы: базу данных и файлы moodledata, чтобы развернуть её у себя.',
};

/** The worker's CPU time per ticket filed meanwhile (null where /proc cannot be read). */
interface WorkerCpu {
  workerCpuMsPerRequest: number | null;
}

export interface FireReport {
  /**
   * Intake with the worker running and nothing else to do than the e-mails of the tickets filed:
   * what the system costs itself, apart from the export and the burst.
   */
  withWorker: IntakeFigures & WorkerCpu;
  load: IntakeFigures & WorkerCpu;
  /** Export status when the load ended: RUNNING means it ran through the whole measurement. */
  exportStatusAfter: string;
  mailsDeliveredDuringLoad: number;
}

/**
 * Intake while a worker process makes an export of the configured size and sends a burst of
 * e-mails (plus the e-mails of the tickets filed meanwhile) to a loopback SMTP server in a process
 * of its own (in the load tool's process it would slow the load, not the API).
 */
export async function runIntakeUnderFire(env: BenchEnvironment, target: IntakeTarget, settings: BenchSettings, log: (line: string) => void): Promise<FireReport> {
  const dataDir = await mkdtemp(join(env.folder, 'moodledata-'));
  const tenant = await createPostgresTenant('bench_fire');
  const sink = await startSinkProcess();
  try {
    log(`fire: writing ${Math.round(settings.fire.exportBytes / 1024 / 1024)} MB of tenant files`);
    await generateDataDir(dataDir, settings.fire.exportBytes);
    await env.settleWork();
    const org = await env.pool.query<{ id: string }>(
      `insert into organization (id, external_id, name, product, last_service_day, timezone, language, contact_emails,
                                 tenant_database_url, tenant_data_dir, created_at, updated_at)
       values (gen_random_uuid(), 'fire-export', 'Export customer', 'CLOUD', date '2099-06-30', 'Europe/Moscow', 'ru',
               array['it@fire.example.org'], $1, $2, now(), now())
       returning id`,
      [tenant.url, dataDir],
    );
    const worker = await env.startWorker({ ...settingsFromEnvironment(WORKER_SETTINGS), SMTP_URL: sink.url });
    try {
      log('fire: intake with the worker sending its e-mails, no export or burst yet');
      const measure = async (): Promise<IntakeFigures & WorkerCpu> => {
        const { result, cpuMs } = await worker.cpuDuring(() => measureIntake(target, settings.intake, { warmUp: false }));
        return { ...result, workerCpuMsPerRequest: cpuMs !== null && result.ok > 0 ? cpuMs / result.ok : null };
      };
      const withWorker = await measure();
      await fileExportTicket(target.url, await env.token(Role.CUSTOMER, org.rows[0].id));
      await insertMailBurst(env.pool, settings.fire.mails, 'fire-burst');
      await waitForExport(env, ['RUNNING'], 60_000);
      const before = await sink.count();
      log(`fire: export running, ${settings.fire.mails} e-mails queued; measuring intake`);
      const load = await measure();
      const delivered = (await sink.count()) - before;
      const status = await env.pool.query<{ status: string }>(`select status from data_export`);
      return { withWorker, load, exportStatusAfter: status.rows[0]?.status ?? 'NONE', mailsDeliveredDuringLoad: delivered };
    } finally {
      await env.stop(worker);
    }
  } finally {
    await sink.stop();
    await tenant.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function fileExportTicket(url: string, token: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { requests { kind decision } } }',
      variables: { input: EXPORT_TICKET },
    }),
  });
  const body = (await response.json()) as { data?: { createTicket: { requests: { kind: string; decision: string }[] } }; errors?: unknown };
  const approved = body.data?.createTicket.requests.some((r) => r.kind === 'BACKUP_EXPORT' && r.decision === 'APPROVED');
  if (!approved) throw new Error(`the export ticket was not approved for an export: ${JSON.stringify(body)}`);
}

/** Polls the export's row: the worker reports progress only through the database. */
async function waitForExport(env: BenchEnvironment, statuses: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await env.pool.query<{ status: string; error: string | null }>(`select status, error from data_export`);
    const row = found.rows[0];
    if (row && statuses.includes(row.status)) return;
    if (row && (row.status === 'FAILED' || row.status === 'READY')) throw new Error(`the export is ${row.status} before the load started: ${row.error ?? ''}`);
    if (Date.now() > deadline) throw new Error(`the export did not reach ${statuses.join('/')} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Course files of 8 MB, half random and half text, in nested folders like Moodle's file store. */
export async function generateDataDir(dataDir: string, totalBytes: number): Promise<void> {
  let written = 0;
  for (let i = 0; written < totalBytes; i += 1) {
    const size = Math.min(FILE_BYTES, totalBytes - written);
    const hex = i.toString(16).padStart(6, '0');
    const folder = join(dataDir, 'filedir', hex.slice(0, 2), hex.slice(2, 4));
    await mkdir(folder, { recursive: true });
    await writeGeneratedFile(join(folder, `${hex}-content`), size);
    written += size;
  }
}
