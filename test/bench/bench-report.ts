/** One line of the table: a figure, what it is compared with, and the goal it is held to. */
export interface BenchRow {
  figure: string;
  value: number;
  unit: string;
  baseline?: number;
  /** value / baseline, when there is a baseline. */
  ratio?: number;
  goal?: string;
  pass?: boolean;
}

/** Collects the rows of every part and prints them as a table and as one JSON line. */
export class BenchReport {
  readonly rows: BenchRow[] = [];
  readonly failures: string[] = [];

  add(row: BenchRow): void {
    this.rows.push(row.baseline !== undefined && row.ratio === undefined ? { ...row, ratio: row.value / row.baseline } : row);
  }

  /** Figures without a goal of their own (gathered from other benchmarks). */
  addAll(prefix: string, figures: Record<string, number>, goals: Record<string, { goal: string; pass: (v: number) => boolean }> = {}): void {
    for (const [name, value] of Object.entries(figures)) {
      const goal = Object.entries(goals).find(([suffix]) => name.endsWith(suffix))?.[1];
      this.add({ figure: `${prefix}.${name}`, value, unit: '', goal: goal?.goal, pass: goal?.pass(value) });
    }
  }

  table(): string {
    const header = ['figure', 'value', 'unit', 'baseline', 'ratio', 'goal', 'ok'];
    const lines = this.rows.map((r) => [
      r.figure,
      format(r.value),
      r.unit,
      r.baseline === undefined ? '' : format(r.baseline),
      r.ratio === undefined ? '' : r.ratio.toFixed(2),
      r.goal ?? '',
      r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
    const render = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 2 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(render)].join('\n');
  }

  json(meta: Record<string, unknown>): string {
    const figures: Record<string, number> = {};
    for (const r of this.rows) {
      figures[r.figure] = round(r.value);
      if (r.baseline !== undefined) figures[`${r.figure}.baseline`] = round(r.baseline);
      if (r.ratio !== undefined) figures[`${r.figure}.ratio`] = round(r.ratio);
    }
    const failedGoals = this.rows.filter((r) => r.pass === false).map((r) => r.figure);
    return JSON.stringify({ bench: 'helpdesk', ...meta, figures, failedGoals, errors: this.failures });
  }
}

function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}
