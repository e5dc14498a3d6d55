// Renders the figures the reliability specs recorded (test-results/reliability/*.json) as the README's "Reliability"
// table, between the <!-- reliability:start --> and <!-- reliability:end --> markers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const START = '<!-- reliability:start -->';
export const END = '<!-- reliability:end -->';

/** One row per check: what was done, and what came out. */
const ROWS = [
  [
    'restarts',
    'Server restarts during a print',
    (f) => `${f.restarts} restarts`,
    (f) =>
      `${f.pointsCompared} points compared: ${f.missing} missing, ${f.duplicated} duplicated; live again in ${f.backToLiveMedianMs} ms median, ${f.backToLiveMaxMs} ms max; stale-UI notice only on a changed hash`,
  ],
  [
    'blackhole-3s',
    'Silent (blackholed) link, 3 s watchdog',
    (f) => `${f.livenessTimeoutMs / 1000} s timeout`,
    (f) =>
      `detected after ${(f.detectedAfterMs / 1000).toFixed(1)} s, live again after ${(f.liveAgainAfterMs / 1000).toFixed(1)} s`,
  ],
  [
    'blackhole-35s',
    'Silent (blackholed) link, real 35 s watchdog',
    (f) => `${f.livenessTimeoutMs / 1000} s timeout`,
    (f) =>
      `detected after ${(f.detectedAfterMs / 1000).toFixed(1)} s, live again after ${(f.liveAgainAfterMs / 1000).toFixed(1)} s`,
  ],
  [
    'bad-frames',
    'Fuzzed push frames',
    (f) => `${f.frames} frames (${f.kinds})`,
    (f) =>
      `${f.malformedCounted} counted malformed, ${f.unknownCounted} unknown, the rest narrowed; ${f.reconnects} reconnects; prototypes polluted: ${f.prototypesPolluted ? 'yes' : 'no'}; processed in ${f.processedMs} ms, longest task ${f.longestTaskMs} ms`,
  ],
  [
    'controls',
    'Double click during a slow REST call',
    (f) => `${f.clicksDuringSlowCall} clicks, ${f.slowRestMs} ms REST`,
    (f) => `${f.commandsSent} command sent; refused and failed calls show an error and keep the real target`,
  ],
  [
    'hidden-tab',
    'Tab hidden and frozen, then shown',
    (f) => `${Math.round(f.hiddenMs / 1000)} s hidden`,
    (f) =>
      `${f.pointsProducedWhileHidden} points produced meanwhile; ${f.pointsCompared} compared: ${f.missing} missing, ${f.duplicated} duplicated; resynced in ${f.resyncMs} ms; longest task after showing ${f.longestTaskAfterShowMs} ms`,
  ],
  [
    'long-run',
    'Long run with random drops',
    (f) => `${f.printerHours} printer-hours at ${f.speed}x (${f.realMinutes} min)`,
    (f) =>
      `${f.drops} drops; ${f.pointsInWindowCompared} points in the 60-min window: ${f.missing} missing, ${f.duplicated} duplicated; heap ${f.heapMbAfterFirstQuarter} → ${f.heapMbAtEnd} MB after GC; DOM nodes outside the event feed ${f.nodesOutsideFeedAfterFirstQuarter} → ${f.nodesOutsideFeedAtEnd}, feed ${f.feedEntriesAtEnd} entries (capped)`,
  ],
  [
    'injection',
    'Hostile HTML/script in every input',
    (f) => `${f.vectors} input paths`,
    (f) => `${f.elementsCreated} elements created, ${f.scriptsRun} scripts run, ${f.dialogs} dialogs`,
  ],
  [
    'csp',
    'Content-Security-Policy',
    () => 'built app, live session',
    (f) =>
      `${f.appViolations} violations by the app; eval ${f.evalRefused ? 'refused' : 'ran'}; injected inline script ${f.inlineScriptRefused ? 'refused' : 'ran'}`,
  ],
  [
    'secrets',
    'API key not remembered',
    (f) => `${f.urlsAndConsoleLinesChecked} URLs and console lines`,
    (f) => `${f.leaks} leaks (URLs, console, DOM, storage, cookies, IndexedDB, caches)`,
  ],
];

export function readFigures(dir = 'test-results/reliability') {
  if (!existsSync(dir)) return {};
  const out = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const j = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
    out[j.name] = j;
  }
  return out;
}

export function renderTable(figures, when) {
  const lines = [
    `Last run: ${when} (\`npm run soak\`; \`npm test\` runs the same specs at the small sizes).`,
    '',
    '| Check | Size | Result |',
    '|---|---|---|',
  ];
  for (const [key, title, size, result] of ROWS) {
    const rec = figures[key];
    if (!rec) continue;
    lines.push(`| ${title} | ${size(rec.figures)} | ${result(rec.figures)} |`);
  }
  return lines.join('\n');
}

/** Replaces what is between the markers (inclusive of nothing else); appends the section if it is missing. */
export function replaceSection(readme, table) {
  const block = `${START}\n${table}\n${END}`;
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a >= 0 && b > a) return readme.slice(0, a) + block + readme.slice(b + END.length);
  return `${readme.trimEnd()}\n\n## Reliability\n\n${block}\n`;
}
