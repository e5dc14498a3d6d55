// The bench report: one table (metric, value, goal, verdict) on stdout, and results/latest.{json,md}.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Row {
  /** Stable key for the JSON (e.g. "cost.p95.1x"). */
  id: string;
  metric: string;
  value: number | null;
  unit: string;
  /** The goal as text ("≤ 2 ms"), or "reported" for numbers without one. */
  goal: string;
  /** true = meets the goal, false = misses it, null = no goal (reported only) or not measured. */
  pass: boolean | null;
  note?: string;
}

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  platform: string;
  node: string;
  chromium: string;
  commit: string;
  loadAverage: number[];
}

export interface Report {
  machine: Machine;
  /** A BENCH_QUICK smoke run: short durations, not the benchmark. */
  quick: boolean;
  durationSeconds: number;
  rows: Row[];
  details: Record<string, unknown>;
}

export function verdict(r: Row): string {
  if (r.value === null || Number.isNaN(r.value)) return 'NOT MEASURED';
  if (r.pass === null) return 'reported';
  return r.pass ? 'pass' : 'FAIL';
}

export function formatValue(r: Row): string {
  if (r.value === null || Number.isNaN(r.value)) return '–';
  const v =
    Math.abs(r.value) >= 100 ? r.value.toFixed(0) : Math.abs(r.value) >= 10 ? r.value.toFixed(1) : r.value.toFixed(2);
  return r.unit ? `${v} ${r.unit}` : v;
}

export function tableText(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.metric, formatValue(r), r.goal, verdict(r)]);
  const head = ['metric', 'value', 'goal', 'verdict'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

const esc = (s: string) => s.replace(/\|/g, '\\|');

export function markdown(report: Report): string {
  const m = report.machine;
  const lines = [
    '# Benchmark results',
    '',
    ...(report.quick ? ['**Quick smoke run (BENCH_QUICK): shortened durations, not the benchmark.**', ''] : []),
    `Run ${m.date} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GiB, ${m.platform}; Node ${m.node}; ${m.chromium}; commit ${m.commit};`,
    `load average at start ${m.loadAverage.map((x) => x.toFixed(2)).join(' / ')}; the run took ${Math.round(report.durationSeconds)} s.`,
    "Produced by `npm run bench` (bench/run.ts); methods in the README's Benchmarks section.",
    '',
    '| metric | value | goal | verdict | note |',
    '|---|---|---|---|---|',
    ...report.rows.map(
      (r) => `| ${esc(r.metric)} | ${esc(formatValue(r))} | ${esc(r.goal)} | ${verdict(r)} | ${esc(r.note ?? '')} |`,
    ),
    '',
  ];
  const errors = Object.entries((report.details.errors ?? {}) as Record<string, string>);
  if (errors.length)
    lines.push('Stages that failed (their rows say NOT MEASURED):', '', ...errors.map(([k, v]) => `- ${k}: ${v}`), '');
  return lines.join('\n');
}

export function writeReport(report: Report, jsonPath: string, mdPath: string): void {
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(mdPath, markdown(report));
}
