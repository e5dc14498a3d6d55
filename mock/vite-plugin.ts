// Vite plugin: proxies /api, /sockjs (HTTP and WebSocket), /plugin, /downloads, /webcam and /mock to OctoPrint, for
// the dashboard's own pages only (mock/origin-guard.ts). Without OCTOPRINT_URL it starts the bundled mock in-process.
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { Plugin, ProxyOptions } from 'vite';
import { startFarm, type Farm } from './farm.ts';
import { ALLOW_REMOTE_ENV, type GuardPolicy } from './origin-guard.ts';
import { checkListenHost, guardBypass, wasAllowed } from './proxy-guard.ts';
import { startMock, type MockOptions, type MockServer } from './server.ts';

export interface ProxyPluginOptions {
  /** Options for the bundled mock; ignored when OCTOPRINT_URL is set. */
  mock?: Partial<MockOptions>;
}

const PATHS = ['/api', '/sockjs', '/plugin', '/downloads', '/webcam', '/mock'];

function proxyTable(target: string, apiKey: string | null, policy: () => GuardPolicy): Record<string, ProxyOptions> {
  const table: Record<string, ProxyOptions> = {};
  const bypass = guardBypass(policy);
  for (const path of PATHS) {
    table[path] = {
      target,
      ws: path === '/sockjs',
      changeOrigin: true,
      bypass,
      configure(proxy) {
        // The key is added here, server side, so it never reaches the browser, a URL or a log; and only to
        // requests the origin check let through (a request that skipped it is aborted before anything is sent).
        const addKey = (proxyReq: ClientRequest, req: IncomingMessage) => {
          if (!wasAllowed(req)) {
            proxyReq.destroy();
            return;
          }
          // The mock checks Origin on /mock itself: after the page passed here, the proxy speaks as its own origin.
          if (path === '/mock' && proxyReq.getHeader('origin')) proxyReq.setHeader('Origin', target);
          if (apiKey && !proxyReq.getHeader('x-api-key')) proxyReq.setHeader('X-Api-Key', apiKey);
        };
        proxy.on('proxyReq', (proxyReq, req) => addKey(proxyReq, req));
        proxy.on('proxyReqWs', (proxyReq, req) => addKey(proxyReq, req));
      },
    };
  }
  return table;
}

/**
 * Mock options from the environment: MOCK_PORT, MOCK_SPEED, MOCK_SEED, MOCK_TOOLS, MOCK_VERSION, and MOCK_ARGS,
 * a JSON object of further startMock options, e.g. {"scenarios":[{"name":"print","seconds":60}]}.
 */
export function mockEnv(env: NodeJS.ProcessEnv = process.env): Partial<MockOptions> {
  const o: Partial<MockOptions> = { port: Number(env.MOCK_PORT ?? 0), speed: Number(env.MOCK_SPEED ?? 1) };
  if (env.MOCK_SEED) o.seed = Number(env.MOCK_SEED);
  if (env.MOCK_TOOLS) o.tools = Number(env.MOCK_TOOLS);
  if (env.MOCK_VERSION) o.version = env.MOCK_VERSION;
  if (env.MOCK_ARGS) Object.assign(o, JSON.parse(env.MOCK_ARGS) as Partial<MockOptions>);
  return o;
}

export function octoprintProxy(options: ProxyPluginOptions = {}): Plugin {
  let mock: MockServer | null = null;
  let farm: Farm | null = null;
  // Without a key the proxy holds no privilege of its own, so other machines are only refused when it adds one.
  const policy: GuardPolicy = { allowRemote: false, allowedHosts: [] };
  let isPreview = false;
  return {
    name: 'octoprint-proxy',
    async config(config, env) {
      // OCTOPRINT_PROXY=off serves the app alone: it then connects directly to a URL entered on its connect screen.
      if (env.command !== 'serve' || process.env.VITEST || process.env.OCTOPRINT_PROXY === 'off') return {};
      const external = process.env.OCTOPRINT_URL;
      // The bundled mock always has its key added.
      const addsKey = external ? Boolean(process.env.OCTOPRINT_API_KEY) : true;
      isPreview = env.isPreview === true;
      checkListenHost(isPreview ? (config.preview?.host ?? config.server?.host) : config.server?.host, addsKey);
      policy.allowRemote = process.env[ALLOW_REMOTE_ENV] === '1' || !addsKey;
      let target: string;
      let apiKey: string | null;
      if (external) {
        apiKey = process.env.OCTOPRINT_API_KEY || null;
        target = external.replace(/\/$/, '');
        console.log(`\n  OctoPrint: proxying to ${target}${apiKey ? ' (API key from OCTOPRINT_API_KEY)' : ''}`);
      } else {
        mock = await startMock({ ...mockEnv(), ...options.mock });
        target = mock.url;
        apiKey = mock.apiKey;
        console.log(
          `\n  Mock OctoPrint ${mock.state.identity.version}: ${mock.url}  (API key ${mock.apiKey}, added by the proxy)`,
        );
      }
      const proxy = proxyTable(target, apiKey, () => policy);
      // MOCK_PRINTERS=N (dev only): a farm of N more mocks, saved in the page on its first load (src/store/farm-seed.ts).
      const printers = Number(process.env.MOCK_PRINTERS ?? 0);
      let define: Record<string, string> = {};
      if (!external && !isPreview && printers > 0) {
        farm = await startFarm({ ...mockEnv(), count: printers, port: Number(process.env.MOCK_FARM_PORT ?? 0) });
        const saved = farm.printers.map((p) => ({ name: p.name, url: p.mock.url, apiKey: p.apiKey }));
        define = { 'import.meta.env.VITE_FARM_SERVERS': JSON.stringify(JSON.stringify(saved)) };
        console.log(`  Mock farm: ${farm.printers.map((p) => `${p.name} ${p.mock.url}`).join(', ')}`);
      }
      // Vite's CORS middleware runs before the proxy and would answer other origins' preflights itself.
      return { server: { proxy, cors: false }, preview: { proxy, cors: false }, define };
    },
    configResolved(config) {
      // Vite checks Host against allowedHosts for HTTP (skipped over https), not for the proxy's upgrades: the guard does.
      const opts = isPreview ? config.preview : config.server;
      policy.allowedHosts = opts.https ? true : opts.allowedHosts;
    },
    configureServer(server) {
      server.httpServer?.on('close', () => void Promise.all([mock?.close(), farm?.close()]));
    },
    configurePreviewServer(server) {
      server.httpServer.on('close', () => void mock?.close());
    },
  };
}
