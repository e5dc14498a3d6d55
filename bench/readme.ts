// Keeps the README's copy of the results in step: replaces the block between the bench markers with the table.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatValue, verdict, type Report } from './report.ts';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

export function readmeBlock(report: Report): string {
  const m = report.machine;
  const lines = [
    START,
    `Run ${m.date.slice(0, 16).replace('T', ' ')} UTC, ${m.cpus} × ${m.cpuModel}, ${m.chromium}, commit ${m.commit}` +
      ` (load average at start ${m.loadAverage[0]?.toFixed(2)}); full table with notes: [bench/results/latest.md](bench/results/latest.md).`,
    '',
    '| metric | value | goal | verdict |',
    '|---|---|---|---|',
    ...report.rows.map((r) => `| ${r.metric} | ${formatValue(r)} | ${r.goal} | ${verdict(r)} |`),
    END,
  ];
  return lines.join('\n');
}

/** Replaces the marked block in `path`; returns false (and leaves the file alone) when it has no markers. */
export function updateReadme(path: string, report: Report): boolean {
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) return false;
  writeFileSync(path, text.slice(0, a) + readmeBlock(report) + text.slice(b + END.length));
  return true;
}
