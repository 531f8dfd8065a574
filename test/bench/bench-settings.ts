import { parseSize } from './export.bench';

/** The parts of `npm run bench`; BENCH_ONLY=queue,download runs a subset. */
export const BENCH_SECTIONS = ['intake', 'queue', 'fire', 'mail', 'download', 'classifier', 'export'] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

/** Every size and duration of the suite, from the environment; BENCH_QUICK=1 picks a few-minute run. */
export interface BenchSettings {
  quick: boolean;
  sections: readonly BenchSection[];
  intake: {
    seconds: number;
    /** The same load first, not counted: a server is measured as it runs all day, its code compiled and warm. */
    warmUpSeconds: number;
    connections: number;
    organizations: number;
  };
  queue: { tickets: number; organizations: number; samples: number; pageSize: number };
  fire: { exportBytes: number; mails: number };
  mail: { notifications: number };
  download: { bytes: number };
  exportSizes: readonly string[];
}

type Env = Readonly<Record<string, string | undefined>>;

export function readBenchSettings(env: Env = process.env): BenchSettings {
  const quick = env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true';
  const problems: string[] = [];
  const int = (name: string, full: number, fast: number, min = 1): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return quick ? fast : full;
    const value = Number(raw.replace(/_/g, ''));
    if (!Number.isInteger(value) || value < min) problems.push(`${name} must be an integer of at least ${min}, got "${raw}"`);
    return value;
  };
  const size = (name: string, full: string, fast: string): number => {
    const raw = env[name] || (quick ? fast : full);
    try {
      return parseSize(raw);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  };
  const settings: BenchSettings = {
    quick,
    sections: sectionsOf(env.BENCH_ONLY, problems),
    intake: {
      seconds: int('BENCH_INTAKE_SECONDS', 10, 5),
      warmUpSeconds: int('BENCH_INTAKE_WARMUP_SECONDS', 3, 2, 0),
      connections: int('BENCH_INTAKE_CONNECTIONS', 50, 50),
      // Intake locks the organisation's row, so one organisation alone would measure that lock.
      organizations: int('BENCH_INTAKE_ORGS', 50, 50),
    },
    queue: {
      tickets: int('BENCH_QUEUE_TICKETS', 1_000_000, 100_000),
      organizations: int('BENCH_QUEUE_ORGS', 5_000, 500),
      samples: int('BENCH_QUEUE_SAMPLES', 300, 100),
      pageSize: int('BENCH_QUEUE_PAGE', 50, 50),
    },
    fire: { exportBytes: size('BENCH_FIRE_EXPORT_SIZE', '1GB', '128MB'), mails: int('BENCH_FIRE_MAILS', 1000, 1000) },
    mail: { notifications: int('BENCH_MAIL_COUNT', 3000, 1000) },
    download: { bytes: size('BENCH_DOWNLOAD_SIZE', '1GB', '256MB') },
    exportSizes: (env.EXPORT_BENCH_SIZES || (quick ? '64MB' : '1GB'))
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  };
  if (problems.length > 0) throw new Error(`bad benchmark settings: ${problems.join('; ')}`);
  return settings;
}

function sectionsOf(raw: string | undefined, problems: string[]): readonly BenchSection[] {
  if (raw === undefined || raw.trim() === '') return BENCH_SECTIONS;
  const wanted = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = wanted.filter((s) => !(BENCH_SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) problems.push(`BENCH_ONLY names unknown parts ${unknown.join(', ')} (known: ${BENCH_SECTIONS.join(', ')})`);
  return BENCH_SECTIONS.filter((s) => wanted.includes(s));
}
