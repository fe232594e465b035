// A benchmark section: one area of the product measured and printed as a table.
// Sections register themselves in bench/index.ts; `npm run bench -- <name>` runs only some.

export type Cell = string | number;

export interface BenchTable {
  /** Column names in display order; each row holds a value per column. */
  columns: string[];
  rows: Record<string, Cell>[];
  /** Lines printed under the table (e.g. a geometric mean, a target, warnings). */
  summary: string[];
  /** False when a measurement failed or a target was missed (makes `npm run bench` exit 1). */
  ok: boolean;
}

export interface BenchOptions {
  /** Only run items whose name contains one of these strings (empty = all). */
  filter: string[];
  /** Repetitions per measurement (best-of); sections pick a default when undefined. */
  runs?: number;
  log: (line: string) => void;
}

export interface BenchSection {
  name: string;
  description: string;
  run(options: BenchOptions): Promise<BenchTable>;
}

/** Plain-text table with right-aligned numbers. */
export function formatTable(table: BenchTable): string {
  const text = (c: Cell | undefined): string => (c === undefined ? '' : String(c));
  const widths = table.columns.map((col) => Math.max(col.length, ...table.rows.map((r) => text(r[col]).length)));
  const line = (cells: (Cell | undefined)[]): string =>
    cells
      .map((c, i) => (typeof c === 'number' ? text(c).padStart(widths[i]) : text(c).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [
    line(table.columns),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...table.rows.map((r) => line(table.columns.map((c) => r[c]))),
  ].join('\n');
}
