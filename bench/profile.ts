// A CPU profile of the app while it streams a scripted print: where the main thread's time goes, by function and
// by source file. `npx tsx bench/profile.ts [seconds] [cpuRate]` after `npx vite build` (source maps resolve names).
import { readFileSync, readdirSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { setSlowdown } from './lib/browser.ts';
import { BENCH_PATH, sleep, waitLive } from './lib/page-data.ts';
import { printingPage } from './lib/printing-page.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

const maps = new Map<string, SourceMapConsumer>();
for (const f of readdirSync('dist/assets').filter((n) => n.endsWith('.js.map'))) {
  maps.set(f.replace(/\.map$/, ''), new SourceMapConsumer(JSON.parse(readFileSync(`dist/assets/${f}`, 'utf8'))));
}

/** A minified position back to its source (package or file) and name, through the build's source maps. */
function original(file: string, line: number, column: number, name: string): { where: string; fn: string } {
  const pos = maps.get(file)?.originalPositionFor({ line: line + 1, column });
  if (!pos?.source) return { where: file, fn: name };
  const where = pos.source.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1').replace(/.*\/src\//, 'src/');
  return { where, fn: `${pos.name ?? name} ${pos.source.replace(/.*\/(src|node_modules)\//, '')}:${pos.line}` };
}

const seconds = Number(process.argv[2] ?? 20);
const rate = Number(process.argv[3] ?? 1);
/** RECORD=off profiles the page with its recorder off (recording's cost is the difference); SETTLE=ms waits longer. */
const PAGE_PATH = process.env.RECORD === 'off' ? `${BENCH_PATH}&record=off` : BENCH_PATH;
const SETTLE_MS = Number(process.env.SETTLE ?? 3000);
/** MINUTES=n builds n minutes of history at mock speed 30 first: the naive compare's setting. */
const minutes = Number(process.env.MINUTES ?? 0);
const { bp, close } = await printingPage(minutes, PAGE_PATH);
try {
  await waitLive(bp.page);
  await sleep(SETTLE_MS);
  await setSlowdown(bp.cdp, rate);
  await (process.env.ALLOC ? allocations : cpuProfile)(bp.cdp, seconds);
} finally {
  await close();
}

interface HeapNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

/** ALLOC=1: what the page allocates per second while streaming (sampled), by function: where GC's work comes from. */
async function allocations(cdp: CDPSession, secs: number): Promise<void> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await sleep(secs * 1000);
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } };
  const byFn = new Map<string, number>();
  const walk = (n: HeapNode, path: string) => {
    const { url, lineNumber, columnNumber, functionName } = n.callFrame;
    const base = url.replace(/^.*\//, '');
    const fn = base ? original(base, lineNumber, columnNumber, functionName || '(anonymous)').fn : functionName;
    const key = process.env.ALLOC === 'path' ? `${path} < ${fn}` : fn;
    if (n.selfSize) byFn.set(key, (byFn.get(key) ?? 0) + n.selfSize);
    for (const c of n.children) walk(c, fn);
  };
  walk(profile.head, '');
  const total = [...byFn.values()].reduce((a, b) => a + b, 0);
  console.log(`allocated ${(total / 1024 / secs).toFixed(1)} KiB/s (sampled) over ${secs} s; by function:`);
  for (const [k, b] of [...byFn].sort((a, c) => c[1] - a[1]).slice(0, Number(process.env.TOP ?? 30)))
    console.log(`${(b / 1024 / secs).toFixed(2).padStart(9)} KiB/s  ${k}`);
}

/** Where the main thread's time goes, by source file and by function, self and inclusive. */
async function cpuProfile(cdp: CDPSession, secs: number): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await sleep(secs * 1000);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const n of profile.nodes) {
    const us = selfUs.get(n.id) ?? 0;
    const { lineNumber, columnNumber, url, functionName } = n.callFrame;
    const base = url.replace(/^.*\//, '');
    const { where: file, fn } = base
      ? original(base, lineNumber, columnNumber, functionName || '(anonymous)')
      : { where: `(${functionName || 'native'})`, fn: functionName };
    if (['(idle)', '(program)'].includes(n.callFrame.functionName)) continue;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  // Inclusive time: a node's own samples plus its subtree's, summed per function (recursion counted once per path).
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<string, number>();
  const visit = (id: number, onPath: Set<string>): number => {
    const n = nodes.get(id);
    if (!n) return 0;
    const { fn } = n.callFrame.url
      ? original(
          n.callFrame.url.replace(/^.*\//, ''),
          n.callFrame.lineNumber,
          n.callFrame.columnNumber,
          n.callFrame.functionName || '(anonymous)',
        )
      : { fn: n.callFrame.functionName };
    const fresh = !onPath.has(fn);
    if (fresh) onPath.add(fn);
    let us = selfUs.get(id) ?? 0;
    for (const c of n.children ?? []) us += visit(c, onPath);
    if (fresh) {
      onPath.delete(fn);
      if (!['(root)', '(program)', '(idle)'].includes(fn)) inclusive.set(fn, (inclusive.get(fn) ?? 0) + us);
    }
    return us;
  };
  visit(profile.nodes[0]?.id ?? 0, new Set());
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => `${(us / 1000 / secs).toFixed(2).padStart(8)} ms/s  ${name}`);
  const total = [...byFile.values()].reduce((a, b) => a + b, 0);
  console.log(
    `busy ${(total / 1000 / secs).toFixed(1)} ms/s at ${rate}× over ${secs} s\n\nby file:\n${top(byFile, 12).join('\n')}\n\nby function (self):\n${top(byFn, 30).join('\n')}\n\nby function (inclusive):\n${top(new Map([...inclusive].filter(([k]) => !process.env.ONLY || k.includes(process.env.ONLY))), Number(process.env.TOP ?? 30)).join('\n')}`,
  );
}
