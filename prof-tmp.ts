import { launch, openPage } from './bench/lib/browser.ts';
import { BENCH_PATH, sleep, waitLive } from './bench/lib/page-data.ts';
import { startStack } from './bench/lib/stack.ts';
const stack = await startStack('vite.config.ts', { speed: 1, tools: 2 });
const browser = await launch();
try {
  await stack.scenario('print', { seconds: 6 * 3600 });
  const bp = await openPage(browser, stack.baseURL, 1);
  await bp.page.goto(BENCH_PATH);
  await waitLive(bp.page);
  await sleep(3000);
  await bp.cdp.send('Profiler.enable');
  await bp.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await bp.cdp.send('Profiler.start');
  await sleep(20000);
  const { profile } = (await bp.cdp.send('Profiler.stop')) as {
    profile: {
      nodes: {
        id: number;
        callFrame: { functionName: string; url: string; lineNumber: number };
        children?: number[];
      }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const top = [...self]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30);
  for (const [k, us] of top) console.log((us / 1000 / 20).toFixed(3).padStart(7), 'ms/s', k);
  console.log(
    'program',
    ((self.get('(program) :-1') ?? 0) / 20000).toFixed(2),
    'gc',
    ((self.get('(garbage collector) :-1') ?? 0) / 20000).toFixed(2),
  );
  await bp.close();
} finally {
  await browser.close();
  await stack.close();
}
