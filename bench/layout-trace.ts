// What makes the page lay out while printing: `npx tsx bench/layout-trace.ts [seconds] [minutes]` after `npx vite build`.
// A CDP trace with invalidation tracking: each Layout's object count and time, and which nodes asked for it and why.
import { BENCH_PATH, sleep, waitLive } from './lib/page-data.ts';
import { printingPage } from './lib/printing-page.ts';

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    data?: { nodeName?: string; reason?: string; frame?: string };
    beginData?: { dirtyObjects?: number; totalObjects?: number };
  };
}

const seconds = Number(process.argv[2] ?? 10);
/** Minutes of history built at mock speed 30 first (the naive compare's setting); 0 for a real-time print. */
const minutes = Number(process.argv[3] ?? 0);
// A stand-in React devtools hook: per commit, the components that rendered (new props or hook state since the last
// commit; a render through a context alone is missed), counted by name.
const RENDER_COUNTER = `window.__renders = new Map(); window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = { supportsFiber: true, inject() { return 1; },
      seen: new WeakMap(),
      onCommitFiberRoot(_id, root) { const seen = this.seen; const walk = (f) => { for (; f; f = f.sibling) {
        if (typeof f.type === 'function') {
          const rec = seen.get(f) || (f.alternate && seen.get(f.alternate));
          if (!rec || rec.p !== f.memoizedProps || rec.s !== f.memoizedState) { const n = f.type.displayName || f.type.name || '?'; window.__renders.set(n, (window.__renders.get(n) || 0) + 1); }
          seen.set(f, { p: f.memoizedProps, s: f.memoizedState });
        }
        walk(f.child); } }; walk(root.current.child); },
      onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {} };`;

const { bp, close } = await printingPage(minutes, BENCH_PATH, RENDER_COUNTER);
try {
  await waitLive(bp.page);
  await sleep(Number(process.env.SETTLE ?? 8000));
  const events: Ev[] = [];
  bp.cdp.on('Tracing.dataCollected', (e: { value: object[] }) => events.push(...(e.value as Ev[])));
  const categories = [
    '-*',
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'disabled-by-default-devtools.timeline.invalidationTracking',
  ];
  await bp.cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  await sleep(seconds * 1000);
  const done = new Promise<void>((r) => bp.cdp.once('Tracing.tracingComplete', () => r()));
  await bp.cdp.send('Tracing.end');
  await done;
  events.sort((a, b) => a.ts - b.ts);
  const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X');
  const total = layouts.reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0);
  console.log(`${layouts.length} layouts in ${seconds} s, ${(total / 1000 / seconds).toFixed(2)} ms/s CPU`);
  // Invalidations since the previous layout are the ones this layout answers.
  const byNode = new Map<string, { n: number; us: number }>();
  let last = 0;
  for (const l of layouts) {
    const asked = events.filter((e) => e.name === 'LayoutInvalidationTracking' && e.ts > last && e.ts <= l.ts);
    last = l.ts;
    const names = [...new Set(asked.map((e) => `${e.args?.data?.nodeName ?? '?'} (${e.args?.data?.reason ?? '?'})`))];
    for (const k of names) {
      const v = byNode.get(k) ?? { n: 0, us: 0 };
      v.n++;
      v.us += (l.tdur ?? l.dur ?? 0) / names.length;
      byNode.set(k, v);
    }
    if (process.env.EACH)
      console.log(
        `${((l.tdur ?? l.dur ?? 0) / 1000).toFixed(2)} ms, ${l.args?.beginData?.dirtyObjects ?? '?'}/${l.args?.beginData?.totalObjects ?? '?'} objects: ${names.join(', ')}`,
      );
  }
  console.log('\nnodes that asked for layout (layouts, CPU shared among the askers, ms/s):');
  for (const [k, v] of [...byNode].sort((a, b) => b[1].us - a[1].us).slice(0, 25))
    console.log(`${String(v.n).padStart(4)}  ${(v.us / 1000 / seconds).toFixed(3)}  ${k}`);
  // Which elements' text changed, by a MutationObserver in the page (a trace names only `#text`).
  const changed = (await bp.page.evaluate(`new Promise((done) => {
    const seen = new Map();
    const name = (el) => {
      const parts = [];
      for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement)
        parts.unshift(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
      return parts.join(' > ');
    };
    const mo = new MutationObserver((list) => {
      for (const m of list) {
        const el = m.target.nodeType === 3 ? m.target.parentElement : m.target;
        const k = m.type + ' ' + name(el) + (m.attributeName ? ' @' + m.attributeName : '');
        seen.set(k, (seen.get(k) || 0) + 1);
      }
    });
    mo.observe(document.body, { subtree: true, characterData: true, childList: true, attributes: true });
    setTimeout(() => { mo.disconnect(); done([...seen].sort((a, b) => b[1] - a[1])); }, ${seconds * 1000});
  })`)) as [string, number][];
  const renders = (await bp.page.evaluate(
    `new Promise((done) => { window.__renders.clear(); setTimeout(() => done([...window.__renders].sort((a, b) => b[1] - a[1])), ${seconds * 1000}); })`,
  )) as [string, number][];
  console.log(`\nReact components rendered in ${seconds} s:`);
  for (const [k, n] of renders.slice(0, 80)) console.log(`${String(n).padStart(4)}  ${k}`);
  console.log(`\nDOM mutations in ${seconds} s:`);
  for (const [k, n] of changed.slice(0, 30)) console.log(`${String(n).padStart(4)}  ${k}`);
} finally {
  await close();
}
