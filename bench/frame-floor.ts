// The browser's own cost of a frame like a print update's, without the app's script: `npx tsx bench/frame-floor.ts`
// after `npx vite build`. On the printing page, 120 animation frames each that change nothing, the elapsed time, the
// three job texts, and those plus a pixel of the chart's canvas; Chromium's counters per frame (task, layout, script).
// What a frame costs beyond an empty one is the floor of any page that shows the same change (the README's Benchmarks).
import { metrics } from './lib/browser.ts';
import { BENCH_PATH, sleep, waitLive } from './lib/page-data.ts';
import { printingPage } from './lib/printing-page.ts';

const FRAMES = 120;
const { bp, close } = await printingPage(0, BENCH_PATH);

async function frames(label: string, body: string): Promise<void> {
  const before = await metrics(bp.cdp);
  await bp.page.evaluate(`new Promise((done) => { let i = 0; const f = () => { ${body}; if (++i < ${FRAMES})
    requestAnimationFrame(f); else done(); }; requestAnimationFrame(f); })`);
  const after = await metrics(bp.cdp);
  const per = (k: string) => ((((after[k] ?? 0) - (before[k] ?? 0)) * 1000) / FRAMES).toFixed(3);
  console.log(
    `${label.padEnd(24)} task ${per('TaskDuration')}  layout ${per('LayoutDuration')}  script ${per('ScriptDuration')} ms/frame`,
  );
}

const ELAPSED = `__el.nodeValue = (i % 9) + ' min 2' + (i % 10) + ' s'`;
const JOB = `${ELAPSED}; __left.nodeValue = (i % 9) + ' h 2' + (i % 10) + ' min'; __fin.nodeValue = '04:0' + (i % 10) + ' PM'`;
try {
  await waitLive(bp.page);
  await sleep(4000);
  await bp.page.evaluate(`(() => {
    window.__el = document.querySelector('[data-testid=job-elapsed] span').firstChild;
    window.__left = document.querySelector('[data-testid=job-left] span').firstChild;
    window.__fin = document.querySelector('[data-testid=job-finish]').firstChild;
    window.__cx = document.querySelector('.temperature-chart canvas').getContext('2d');
  })()`);
  // Twice: the page keeps printing meanwhile (a message every 0.5 s), so compare the runs before reading much in.
  for (let run = 0; run < 2; run++) {
    await frames('nothing', '');
    await frames('elapsed text', ELAPSED);
    await frames('three job texts', JOB);
    await frames(
      'texts and a chart pixel',
      `${JOB}; __cx.fillStyle = i % 2 ? 'red' : 'blue'; __cx.fillRect(100, 100, 2, 2)`,
    );
  }
} finally {
  await close();
}
