// Recording and replay: what recording every message costs at 1× and 4×, a one-hour recording replayed
// at 60×, and the first frame of a 24-hour one. The rows are built here too, so bench/rows.ts only lists them.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { openPage } from '../lib/browser.ts';
import { BENCH_PATH, probeData, waitLive } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';
import type { Row } from '../report.ts';
import { measureStreaming, type StreamingResult } from './streaming.ts';

export interface RecordingResult {
  /** Main-thread ms per second while printing, recording on and off (alternated), per CPU slowdown. */
  overhead: Record<number, { on: number[]; off: number[] }>;
  replay: { recordedMinutes: number; wallMs: number; longTasks: number; frames: number } | null;
  open: { recordedHours: number; firstFrameMs: number; fileMb: number } | null;
}

/** A synthetic recording like the mock's: two tools and a bed, a `current` every 500 ms, one print. */
export function syntheticRecording(minutes: number, file = 'bench_print.gcode'): Buffer {
  const start = Date.UTC(2026, 0, 1);
  const state = (text: string) => ({ text, flags: { operational: true, printing: text === 'Printing', ready: true } });
  const job = { file: { name: file, path: file, origin: 'local' }, estimatedPrintTime: minutes * 60 };
  const temp = (i: number) => ({
    time: start / 1000 + i / 2,
    tool0: { actual: 200 + (i % 7), target: 210 },
    tool1: { actual: 190 + (i % 5), target: 200 },
    bed: { actual: 60, target: 60 },
  });
  const lines: string[] = [];
  const add = (t: number, m: unknown) => lines.push(JSON.stringify({ t, m }));
  add(start, {
    connected: { version: '1.11.8', display_version: '1.11.8', plugin_hash: 'p', config_hash: 'c', permissions: [] },
  });
  add(start + 50, {
    history: { state: state('Printing'), job, progress: { completion: 0 }, temps: [temp(0)], logs: [], messages: [] },
  });
  add(start + 60, { event: { type: 'PrintStarted', payload: { name: file, path: file, origin: 'local' } } });
  const n = minutes * 120;
  for (let i = 1; i <= n; i++) {
    add(start + i * 500, {
      current: {
        state: state('Printing'),
        job,
        progress: { completion: (100 * i) / n, printTime: i / 2, printTimeLeft: (n - i) / 2 },
        currentZ: i / 1000,
        temps: [temp(i)],
        logs: [],
        messages: [],
        serverTime: start / 1000 + i / 2,
      },
    });
  }
  const header = {
    kind: 'octoprint-live-recording',
    format: 1,
    server: 'bench',
    octoprintVersion: '1.11.8',
    pluginHash: 'p',
    configHash: 'c',
    start,
    end: start + n * 500,
    span: 'all',
    messages: lines.length,
    app: 'bench',
  };
  return gzipSync(`${JSON.stringify(header)}\n${lines.join('\n')}\n`);
}

function writeTemp(name: string, bytes: Buffer): string {
  const path = join(tmpdir(), `octoprint-live-${process.pid}-${name}`);
  writeFileSync(path, bytes);
  return path;
}

export async function measureOverhead(
  browser: Browser,
  stack: BenchStack,
  rate: number,
  seconds: number,
): Promise<{ on: number[]; off: number[] }> {
  const on: StreamingResult[] = [];
  const off: StreamingResult[] = [];
  // Alternated, so a busier minute of the machine weighs on both.
  for (let i = 0; i < 2; i++) {
    off.push(await measureStreaming(browser, stack, rate, seconds, `${BENCH_PATH}&record=off`));
    on.push(await measureStreaming(browser, stack, rate, seconds, BENCH_PATH));
  }
  return { on: on.map((r) => r.cdp.perSecond), off: off.map((r) => r.cdp.perSecond) };
}

/** Opens a recording in a live page and returns it with the time the file was handed over (page clock). */
async function openRecording(browser: Browser, stack: BenchStack, path: string) {
  const bp = await openPage(browser, stack.baseURL, 1);
  await bp.page.goto(BENCH_PATH);
  await waitLive(bp.page);
  const input = bp.page.getByRole('region', { name: 'Recording' }).getByLabel('Open recording');
  await input.waitFor({ state: 'attached' });
  const t0 = Date.now();
  const pageT0 = await bp.page.evaluate(() => performance.now());
  await input.setInputFiles(path);
  return { bp, t0, pageT0, bar: bp.page.getByRole('group', { name: 'Replay' }) };
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
  const { bp, t0 } = await openRecording(browser, stack, writeTemp('day.jsonl.gz', bytes));
  try {
    await bp.page.getByTestId('job-file').filter({ hasText: 'bench_day.gcode' }).waitFor({ timeout: 60_000 });
    return { recordedHours: hours, firstFrameMs: Date.now() - t0, fileMb: bytes.length / 1024 / 1024 };
  } finally {
    await bp.close();
  }
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

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
  for (const rate of [1, 4]) {
    const o = r?.overhead[rate];
    const pct = o ? ((mean(o.on) - mean(o.off)) / mean(o.off)) * 100 : null;
    rows.push(
      row(
        `recording.overhead.${rate}x`,
        `Recording every message: extra main-thread time while printing, ${rate}×`,
        pct,
        '%',
        '≤ 5 %',
        pct === null ? null : pct <= 5,
        o
          ? `${mean(o.on).toFixed(1)} vs ${mean(o.off).toFixed(1)} ms/s (on vs ?record=off), two runs each, alternated`
          : undefined,
      ),
    );
  }
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
      o ? `${o.fileMb.toFixed(1)} MB gzip file, from handing it over to the job panel showing it` : undefined,
    ),
  );
  return rows;
}
