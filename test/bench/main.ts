import 'reflect-metadata';
import { cpus } from 'node:os';
import { runClassifierBench } from './classify.bench';
import { runExportBench } from './export.bench';
import { runMailBench } from './mail.bench';
import { BenchEnvironment } from './bench-environment';
import { BenchReport } from './bench-report';
import { BenchSection, BenchSettings, readBenchSettings } from './bench-settings';
import { runDownloadBench } from './download.bench';
import { runIntakeUnderFire } from './fire.bench';
import { IntakeFigures, IntakeTarget, measureBaseline, measureIntake, prepareIntake } from './intake.bench';
import { runMailPipelineBench } from './mail-pipeline.bench';
import { runQueueBench } from './queue.bench';

/**
 * `npm run bench`: every figure against a baseline measured in the same run on the same machine,
 * printed as a table and, last, as one JSON line. Sizes come from the environment (see
 * bench-settings.ts); BENCH_QUICK=1 is a run of a few minutes, BENCH_ONLY=queue,download a subset.
 */
const log = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const settings = readBenchSettings();
  const report = new BenchReport();
  const wants = (section: BenchSection) => settings.sections.includes(section);
  log(`bench: ${settings.quick ? 'quick' : 'full'} sizes, parts ${settings.sections.join(', ')}, ${cpus().length} CPUs`);

  if (['intake', 'fire', 'mail', 'download'].some((s) => wants(s as BenchSection))) {
    await part(report, 'intake, fire, mail, download', () => runServiceParts(settings, report, wants));
  }
  if (wants('queue')) await part(report, 'queue', () => runQueuePart(settings, report));
  if (wants('classifier')) {
    await part(report, 'classifier', async () => report.addAll('classifier', await runClassifierBench()));
  }
  if (wants('export')) {
    await part(report, 'export', async () =>
      report.addAll('export', await runExportBench(settings.exportSizes), {
        throughputRatio: { goal: '>= 0.8', pass: (v) => v >= 0.8 },
        peakRssMb: { goal: '< 200', pass: (v) => v < 200 },
      }),
    );
  }

  log('');
  log(report.table());
  log(report.json({ quick: settings.quick, cpus: cpus().length, settings }));
  // A child or socket left by a failed part must not keep the run alive once the figures are out.
  process.exit(report.failures.length > 0 ? 1 : 0);
}

/** A part that fails is reported and the others still run. */
async function part(report: BenchReport, name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const message = `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    report.failures.push(message.split('\n')[0]);
    console.error(message);
  }
}

/** Intake (quiet and under fire), e-mail and download share one API process and database. */
async function runServiceParts(settings: BenchSettings, report: BenchReport, wants: (s: BenchSection) => boolean): Promise<void> {
  const env = await BenchEnvironment.create('service');
  try {
    const target = await prepareIntake(env, settings.intake);
    let quiet: IntakeFigures | null = null;
    if (wants('intake') || wants('fire')) {
      log('intake: bare Apollo Server baseline');
      const baseline = await measureBaseline('apollo', settings.intake);
      log('intake: the same constant answer through Nest and its Apollo driver (the framework floor)');
      const floor = await measureBaseline('nest', settings.intake);
      log('intake: createTicket through the API');
      quiet = await measureIntake(target, settings.intake);
      addIntakeRows(report, baseline, floor, quiet);
    } else {
      // The e-mail parts tell of tickets on record: file some first.
      await measureIntake(target, { ...settings.intake, seconds: 2 }, { warmUp: false });
    }
    if (wants('fire') && quiet) {
      const quietFigures = quiet;
      await part(report, 'intake under fire', () => runFirePart(env, target, settings, report, quietFigures));
    }
    if (wants('mail')) {
      log('mail: pooled transport alone (runMailBench)');
      report.addAll('mail.transport', await runMailBench());
      await part(report, 'mail pipeline', async () => {
        log(`mail: ${settings.mail.notifications} notifications through outbox, queue and worker`);
        const pipeline = await runMailPipelineBench(env, settings.mail.notifications);
        report.add({ figure: 'mail.pipelinePerSecond', value: pipeline.perSecond, unit: 'mails/s', goal: '> 300', pass: pipeline.perSecond > 300 });
        if (pipeline.workerCpuMsPerMail !== null) report.add({ figure: 'mail.workerCpuPerMail', value: pipeline.workerCpuMsPerMail, unit: 'ms' });
      });
    }
    if (wants('download')) {
      log(`download: ${Math.round(settings.download.bytes / 1024 / 1024)} MB through the signed link and a plain file server`);
      // An API process of its own: a stall left behind by the intake load must not pass for a slow download.
      const { child, url } = await env.startApi();
      const download = await runDownloadBench(env, { url, child }, settings.download.bytes).finally(() => env.stop(child));
      report.add({ figure: 'download.throughput', value: download.apiMBps, unit: 'MB/s', baseline: download.plainMBps, goal: 'ratio >= 0.8', pass: download.ratio >= 0.8 });
      if (download.apiCpuMsPerGB !== null) {
        report.add({ figure: 'download.cpuPerGB', value: download.apiCpuMsPerGB, unit: 'ms', baseline: download.plainCpuMsPerGB ?? undefined });
      }
    }
  } finally {
    await env.dispose();
  }
}

async function runFirePart(env: BenchEnvironment, target: IntakeTarget, settings: BenchSettings, report: BenchReport, quiet: IntakeFigures): Promise<void> {
  const fire = await runIntakeUnderFire(env, target, settings, log);
  report.add({ figure: 'intakeUnderFire.rps', value: fire.load.rps, unit: 'req/s', baseline: quiet.rps, goal: 'ratio >= 0.8', pass: fire.load.rps >= 0.8 * quiet.rps });
  report.add({ figure: 'intakeWithWorker.rps', value: fire.withWorker.rps, unit: 'req/s', baseline: quiet.rps });
  if (fire.withWorker.workerCpuMsPerRequest !== null) report.add({ figure: 'intakeWithWorker.workerCpuPerRequest', value: fire.withWorker.workerCpuMsPerRequest, unit: 'ms' });
  report.add({ figure: 'intakeUnderFire.p99', value: fire.load.p99Ms, unit: 'ms', baseline: quiet.p99Ms });
  report.add({ figure: 'intakeUnderFire.failed', value: fire.load.failed, unit: 'req', goal: '0', pass: fire.load.failed === 0 });
  // Where the time went: the API's own CPU per ticket, and PostgreSQL's for the whole database, the worker's statements included.
  if (fire.load.cpuMsPerRequest !== null) report.add({ figure: 'intakeUnderFire.cpuPerRequest', value: fire.load.cpuMsPerRequest, unit: 'ms', baseline: quiet.cpuMsPerRequest ?? undefined });
  if (fire.load.databaseCpuMsPerRequest !== null) {
    report.add({ figure: 'intakeUnderFire.databaseCpuPerRequest', value: fire.load.databaseCpuMsPerRequest, unit: 'ms', baseline: quiet.databaseCpuMsPerRequest ?? undefined });
  }
  if (fire.load.workerCpuMsPerRequest !== null) report.add({ figure: 'intakeUnderFire.workerCpuPerRequest', value: fire.load.workerCpuMsPerRequest, unit: 'ms' });
  report.add({ figure: 'intakeUnderFire.mailsDelivered', value: fire.mailsDeliveredDuringLoad, unit: 'mails' });
  report.add({ figure: 'intakeUnderFire.exportRunningAtEnd', value: fire.exportStatusAfter === 'RUNNING' ? 1 : 0, unit: 'bool' });
}

function addIntakeRows(report: BenchReport, baseline: IntakeFigures, floor: IntakeFigures, quiet: IntakeFigures): void {
  report.add({ figure: 'intake.rps', value: quiet.rps, unit: 'req/s', baseline: baseline.rps, goal: 'ratio >= 0.5', pass: quiet.rps >= 0.5 * baseline.rps });
  report.add({ figure: 'intake.frameworkFloor.rps', value: floor.rps, unit: 'req/s', baseline: baseline.rps });
  report.add({ figure: 'intake.p50', value: quiet.p50Ms, unit: 'ms', baseline: baseline.p50Ms });
  report.add({ figure: 'intake.p99', value: quiet.p99Ms, unit: 'ms', baseline: baseline.p99Ms, goal: '< 50', pass: quiet.p99Ms < 50 });
  report.add({ figure: 'intake.failed', value: quiet.failed, unit: 'req', goal: '0', pass: quiet.failed === 0 });
  if (quiet.cpuMsPerRequest !== null && baseline.cpuMsPerRequest !== null) {
    report.add({ figure: 'intake.cpuPerRequest', value: quiet.cpuMsPerRequest, unit: 'ms', baseline: baseline.cpuMsPerRequest });
  }
  if (quiet.databaseCpuMsPerRequest !== null) {
    // PostgreSQL shares the machine: with the load tool's share, it bounds what any API could reach here.
    report.add({ figure: 'intake.databaseCpuPerRequest', value: quiet.databaseCpuMsPerRequest, unit: 'ms' });
  }
  if (floor.cpuMsPerRequest !== null && baseline.cpuMsPerRequest !== null) {
    report.add({ figure: 'intake.frameworkFloor.cpuPerRequest', value: floor.cpuMsPerRequest, unit: 'ms', baseline: baseline.cpuMsPerRequest });
  }
}

async function runQueuePart(settings: BenchSettings, report: BenchReport): Promise<void> {
  const result = await runQueueBench(settings.queue, log);
  report.add({ figure: 'queue.tickets', value: result.dataset.tickets, unit: 'rows' });
  report.add({ figure: 'queue.loadSeconds', value: result.dataset.loadSeconds, unit: 's' });
  for (const queueCase of result.cases) {
    if (queueCase.error) report.failures.push(`queue ${queueCase.name}: ${queueCase.error}`);
    log(`\n=== queue ${queueCase.name}: plans ===`);
    for (const plan of queueCase.plans) log(`${plan.sql}\n${plan.plan}\n`);
    report.add({ figure: `queue.${queueCase.name}.p50`, value: queueCase.p50Ms, unit: 'ms' });
    report.add({ figure: `queue.${queueCase.name}.p99`, value: queueCase.p99Ms, unit: 'ms', goal: '< 30', pass: queueCase.p99Ms < 30 });
    if (queueCase.plans.length > 0) report.add({ figure: `queue.${queueCase.name}.pageBuffers`, value: queueCase.plans[0].sharedBuffers, unit: 'buffers' });
    if (queueCase.apiCpuMsPerPage !== null) report.add({ figure: `queue.${queueCase.name}.apiCpuPerPage`, value: queueCase.apiCpuMsPerPage, unit: 'ms' });
    const indexed = queueCase.plans.length > 0 && queueCase.plans.every((p) => p.usesIndexes);
    report.add({ figure: `queue.${queueCase.name}.indexOnly`, value: indexed ? 1 : 0, unit: 'bool', goal: 'no seq scan', pass: indexed });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
