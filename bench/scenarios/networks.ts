// Bad networks, through the mock's fault layer: time to Live on slow links, and the login spacing against
// a server that closes every socket 1 s after its history.
import type { Browser } from '@playwright/test';
import { openPage } from '../lib/browser.ts';
import { BENCH_PATH, sleep, waitLive } from '../lib/page-data.ts';
import type { BenchStack } from '../lib/stack.ts';

export interface NetworksResult {
  /** ms from navigation to Live at a 500 ms round trip with WebSocket upgrades swallowed, and the transport. */
  swallowedLiveMs: number;
  swallowedTransport: string;
  /** ms from navigation to Live at a 200 ms round trip over WebSocket. */
  ws200LiveMs: number;
  /** ms between logins against a server that closes every socket 1 s after its history (over `loopSeconds`). */
  loginGapsMs: number[];
  loopSeconds: number;
}

/** Every fault off; the printer's job (the stage runs during a print) is left alone, so no `reset`. */
const CLEAR = { rttMs: 0, swallowUpgrades: false, closeAfterHistoryMs: null };

const logins = async (stack: BenchStack) =>
  ((await stack.scenario('net')) as { stats: { logins: number[] } }).stats.logins;

async function timeToLive(
  browser: Browser,
  stack: BenchStack,
  faults: Record<string, unknown>,
): Promise<{ ms: number; transport: string }> {
  await stack.scenario('net', { ...CLEAR, ...faults });
  const bp = await openPage(browser, stack.baseURL, 1);
  try {
    const t0 = Date.now();
    await bp.page.goto(BENCH_PATH);
    await waitLive(bp.page);
    const ms = Date.now() - t0;
    // The header names only a fallback transport, so the store's copy (test API) is read for every case.
    const transport = await bp.page.evaluate(
      () => (window.__octoprintLiveTest?.store().link as { transport?: string } | undefined)?.transport ?? '',
    );
    return { ms, transport };
  } finally {
    await bp.close();
    await stack.scenario('net', CLEAR);
  }
}

export async function measureNetworks(
  browser: Browser,
  stack: BenchStack,
  loopSeconds: number,
): Promise<NetworksResult> {
  const swallowed = await timeToLive(browser, stack, { rttMs: 500, swallowUpgrades: true });
  const ws200 = await timeToLive(browser, stack, { rttMs: 200 });
  const before = (await logins(stack)).length;
  await stack.scenario('net', { ...CLEAR, closeAfterHistoryMs: 1000 });
  const bp = await openPage(browser, stack.baseURL, 1);
  try {
    await bp.page.goto(BENCH_PATH);
    await sleep(loopSeconds * 1000);
    const times = (await logins(stack)).slice(before);
    return {
      swallowedLiveMs: swallowed.ms,
      swallowedTransport: swallowed.transport,
      ws200LiveMs: ws200.ms,
      loginGapsMs: times.slice(1).map((t, i) => t - (times[i] as number)),
      loopSeconds,
    };
  } finally {
    await bp.close();
    await stack.scenario('net', CLEAR);
  }
}
