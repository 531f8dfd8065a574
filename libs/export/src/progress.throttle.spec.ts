import type { ExportProgress } from './export.types';
import { ProgressThrottle } from './progress.throttle';

describe(ProgressThrottle.name, () => {
  const at = (phase: ExportProgress['phase'], filesDone: number): ExportProgress => ({ phase, bytesWritten: 0, filesDone, filesTotal: 10, percent: null });

  it('passes the first report of a phase at once and drops reports inside the interval', () => {
    let now = 0;
    const seen: string[] = [];
    const throttle = new ProgressThrottle((p) => seen.push(`${p.phase}:${p.filesDone}`), 250, () => now);
    const steps: [number, ExportProgress][] = [[0, at('FILES', 1)], [100, at('FILES', 2)], [260, at('FILES', 3)], [270, at('VERIFYING', 10)], [280, at('DONE', 10)]];
    for (const [time, progress] of steps) {
      now = time;
      throttle.report(progress);
    }
    expect(seen).toEqual(['FILES:1', 'FILES:3', 'VERIFYING:10', 'DONE:10']);
  });
});
