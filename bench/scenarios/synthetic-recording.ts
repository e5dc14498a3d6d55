// A recording file made up for the bench: what the dashboard would have recorded of one long print.
import { gzipSync } from 'node:zlib';

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
