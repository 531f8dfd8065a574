import type { ExportProgress } from './export.types';

/**
 * Passes progress on at most once per interval, but always on a phase change, so a listener that
 * writes to the database is not called for every 64 KB chunk.
 */
export class ProgressThrottle {
  private lastEmittedAt = Number.NEGATIVE_INFINITY;
  private lastPhase: ExportProgress['phase'] | null = null;

  constructor(
    private readonly listener: ((progress: ExportProgress) => void) | undefined,
    private readonly intervalMs = 250,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  report(progress: ExportProgress): void {
    if (this.listener === undefined) return;
    const now = this.clock();
    if (progress.phase === this.lastPhase && now - this.lastEmittedAt < this.intervalMs) return;
    this.lastEmittedAt = now;
    this.lastPhase = progress.phase;
    this.listener({ ...progress });
  }
}
