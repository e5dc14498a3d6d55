// Recording and replay: a one-hour recording replayed at 60× and the first frame of a 24-hour one (recording's cost
// is recording-overhead.ts). The rows are built here too, so bench/rows.ts only lists them.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { openPage } from '../lib/browser.ts';
import { BENCH_PATH, probeData, waitLive } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';
import type { Row } from '../report.ts';
import { overheadRow, type Overhead } from './recording-overhead.ts';
import { syntheticRecording } from './synthetic-recording.ts';

export interface RecordingResult {
  /** Main-thread time while printing, the recorder paused and resumed in turns on one page, per CPU slowdown. */
  overhead: Record<number, Overhead>;
  replay: { recordedMinutes: number; wallMs: number; longTasks: number; frames: number } | null;
  open: { recordedHours: number; firstFrameMs: number; fileMb: number } | null;
}

function writeTemp(name: string, bytes: Buffer): string {
  const path = join(tmpdir(), `octoprint-live-${process.pid}-${name}`);
  writeFileSync(path, bytes);
  return path;
}

/** Opens a recording in a live page and returns it with the time the file was handed over (page clock). */
async function openRecording(browser: Browser, stack: BenchStack, path: string) {
  const bp = await openPage(browser, stack.baseURL, 1);
  await bp.page.goto(BENCH_PATH);
  await waitLive(bp.page);
  const input = bp.page.getByRole('region', { name: 'Recording' }).getByLabel('Open recording');
  await input.waitFor({ state: 'attached' });
  const pageT0 = await bp.page.evaluate(() => performance.now());
  await input.setInputFiles(path);
  return { bp, pageT0, bar: bp.page.getByRole('group', { name: 'Replay' }) };
}

export async function measureReplay(
  browser: Browser,
  stack: BenchStack,
  minutes: number,
): Promise<RecordingResult['replay']> {
  const { bp, bar } = await openRecording(browser, stack, writeTemp('replay.jsonl.gz', syntheticRecording(minutes)));
  try {
    await bar.getByRole('radio', { name: '60×' }).click();
    const t0 = Date.now();
    const pageT0 = await bp.page.evaluate(() => performance.now());
    await bar.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: minutes * 3000 + 60_000 });
    const wallMs = Date.now() - t0;
    const data = await probeData(bp.page);
    const long = data.longTasks.filter((t) => t.start >= pageT0);
    // BENCH_DEBUG=1 lists them (start+duration, ms), to tell a loaded machine from a slow page.
    if (process.env.BENCH_DEBUG)
      console.log(long.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(' '));
    return {
      recordedMinutes: minutes,
      wallMs,
      longTasks: long.length,
      frames: data.frames.filter((f) => f >= pageT0).length,
    };
  } finally {
    await bp.close();
  }
}

export async function measureOpen(
  browser: Browser,
  stack: BenchStack,
  hours: number,
): Promise<RecordingResult['open']> {
  const bytes = syntheticRecording(hours * 60, 'bench_day.gcode');
  const { bp, pageT0 } = await openRecording(browser, stack, writeTemp('day.jsonl.gz', bytes));
  try {
    // Checked in every animation frame in the page: a locator's polling backs off to 500 ms and would add that.
    const shown = await bp.page.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="job-file"]');
        return el?.textContent === 'bench_day.gcode' && el.getBoundingClientRect().width > 0 && performance.now();
      },
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const firstFrameMs = Number(await shown.jsonValue()) - pageT0;
    return { recordedHours: hours, firstFrameMs, fileMb: bytes.length / 1024 / 1024 };
  } finally {
    await bp.close();
  }
}

function row(
  id: string,
  metric: string,
  value: number | null,
  unit: string,
  goal: string,
  pass: boolean | null,
  note?: string,
): Row {
  const v = value === null || Number.isNaN(value) ? null : value;
  return { id, metric, value: v, unit, goal, pass: v === null ? null : pass, ...(note ? { note } : {}) };
}

export function recordingRows(r: RecordingResult | undefined): Row[] {
  const rows: Row[] = [];
  for (const rate of [1, 4]) rows.push(overheadRow(rate, r?.overhead[rate]));
  const p = r?.replay ?? null;
  rows.push(
    row(
      'recording.replay60x',
      `A ${p?.recordedMinutes ?? 60}-minute recording replayed at 60×`,
      p ? p.wallMs / 1000 : null,
      's',
      `≈ ${p?.recordedMinutes ?? 60} s`,
      p ? p.wallMs <= p.recordedMinutes * 1000 * 1.25 : null,
      p ? `${p.longTasks} long tasks, ${p.frames} frames` : undefined,
    ),
  );
  rows.push(
    row(
      'recording.replayLongTasks',
      'Replay at 60×: long tasks ≥ 50 ms',
      p ? p.longTasks : null,
      '',
      '0',
      p ? p.longTasks === 0 : null,
    ),
  );
  const o = r?.open ?? null;
  rows.push(
    row(
      'recording.open24h',
      `Opening a ${o?.recordedHours ?? 24}-hour recording: first frame`,
      o ? o.firstFrameMs : null,
      'ms',
      '≤ 2000 ms',
      o ? o.firstFrameMs <= 2000 : null,
      o
        ? `${o.fileMb.toFixed(1)} MB gzip file, from handing it over to the frame that shows its job (page clock)`
        : undefined,
    ),
  );
  return rows;
}
